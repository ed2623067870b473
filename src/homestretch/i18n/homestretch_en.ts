<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>EditorWindow</name>
        <message numerus="yes">
            <source>%n exercise(s) (the length shows once the problems below are fixed)</source>
            <translation>
                <numerusform>%n exercise (the length shows once the problems below are fixed)</numerusform>
                <numerusform>%n exercises (the length shows once the problems below are fixed)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n exercise</numerusform>
                <numerusform>%n exercises</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s), {exercises}</source>
            <translation>
                <numerusform>%n minute, {exercises}</numerusform>
                <numerusform>%n minutes, {exercises}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) to fix before saving (marked ⚠ in the list, and next to each field).</source>
            <translation>
                <numerusform>%n thing to fix before saving (marked ⚠ in the list, and next to each field).</numerusform>
                <numerusform>%n things to fix before saving (marked ⚠ in the list, and next to each field).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message numerus="yes">
            <source>Allowed: up to %n character(s).</source>
            <translation>
                <numerusform>Allowed: up to %n character.</numerusform>
                <numerusform>Allowed: up to %n characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At least one; each up to %n character(s).</source>
            <translation>
                <numerusform>At least one; each up to %n character.</numerusform>
                <numerusform>At least one; each up to %n characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each up to %n character(s).</source>
            <translation>
                <numerusform>Each up to %n character.</numerusform>
                <numerusform>Each up to %n characters.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message numerus="yes">
            <source>{name}: completed in {completed} of %n session(s) ({percent}), skipped in {skipped}</source>
            <translation>
                <numerusform>{name}: completed in {completed} of %n session ({percent}), skipped in {skipped}</numerusform>
                <numerusform>{name}: completed in {completed} of %n sessions ({percent}), skipped in {skipped}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pain before and after, the last %n day(s)</source>
            <translation>
                <numerusform>Pain before and after, the last day</numerusform>
                <numerusform>Pain before and after, the last %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exercises completed, the last %n day(s)</source>
            <translation>
                <numerusform>Exercises completed, the last day</numerusform>
                <numerusform>Exercises completed, the last %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Current streak: %n day(s)</source>
            <translation>
                <numerusform>Current streak: %n day</numerusform>
                <numerusform>Current streak: %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Longest streak in these dates: %n day(s)</source>
            <translation>
                <numerusform>Longest streak in these dates: %n day</numerusform>
                <numerusform>Longest streak in these dates: %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This week so far: {done} of %n session(s) ({percent})</source>
            <translation>
                <numerusform>This week so far: {done} of %n session ({percent})</numerusform>
                <numerusform>This week so far: {done} of %n sessions ({percent})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In these dates: {percent} of the prescribed sessions ({done} of {prescribed} over %n week(s))</source>
            <translation>
                <numerusform>In these dates: {percent} of the prescribed sessions ({done} of {prescribed} over %n week)</numerusform>
                <numerusform>In these dates: {percent} of the prescribed sessions ({done} of {prescribed} over %n weeks)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>This routine file has %n problem(s):</source>
            <translation>
                <numerusform>This routine file has %n problem:</numerusform>
                <numerusform>This routine file has %n problems:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonthGrid</name>
        <message numerus="yes">
            <source>{month}: exercised on %n day(s)</source>
            <translation>
                <numerusform>{month}: exercised on %n day</numerusform>
                <numerusform>{month}: exercised on %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{day}: %n session(s)</source>
            <translation>
                <numerusform>{day}: %n session</numerusform>
                <numerusform>{day}: %n sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PackageProblems</name>
        <message numerus="yes">
            <source>{file} holds %n file(s); a shared routine holds at most {limit}</source>
            <translation>
                <numerusform>{file} holds %n file; a shared routine holds at most {limit}</numerusform>
                <numerusform>{file} holds %n files; a shared routine holds at most {limit}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReminderSettingsDialog</name>
        <message numerus="yes">
            <source>At most %n time(s) a day.</source>
            <translation>
                <numerusform>At most %n time a day.</numerusform>
                <numerusform>At most %n times a day.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message numerus="yes">
            <source>{since} to {until} (%n day(s))</source>
            <translation>
                <numerusform>{since} to {until} (%n day)</numerusform>
                <numerusform>{since} to {until} (%n days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{routine} (%n session(s), {per_week} a week prescribed)</source>
            <translation>
                <numerusform>{routine} (%n session, {per_week} a week prescribed)</numerusform>
                <numerusform>{routine} (%n sessions, {per_week} a week prescribed)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{adherence}: {done} of {prescribed} prescribed sessions ({per_week} a week over %n week(s), a partial week its share; each week counts up to its prescription)</source>
            <translation>
                <numerusform>{adherence}: {done} of {prescribed} prescribed sessions ({per_week} a week over %n week, a partial week its share; each week counts up to its prescription)</numerusform>
                <numerusform>{adherence}: {done} of {prescribed} prescribed sessions ({per_week} a week over %n weeks, a partial week its share; each week counts up to its prescription)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{adherence}: {done} of {prescribed} prescribed sessions ({per_week} a week over %n week(s); each week counts up to its prescription)</source>
            <translation>
                <numerusform>{adherence}: {done} of {prescribed} prescribed sessions ({per_week} a week over %n week; each week counts up to its prescription)</numerusform>
                <numerusform>{adherence}: {done} of {prescribed} prescribed sessions ({per_week} a week over %n weeks; each week counts up to its prescription)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{logged} logged: {completed} completed, {skipping} finished with exercises skipped, {stopped} stopped early, {interrupted} interrupted; {counted} with at least one exercise completed (these count, at most %n session(s) a day)</source>
            <translation>
                <numerusform>{logged} logged: {completed} completed, {skipping} finished with exercises skipped, {stopped} stopped early, {interrupted} interrupted; {counted} with at least one exercise completed (these count, at most %n session a day)</numerusform>
                <numerusform>{logged} logged: {completed} completed, {skipping} finished with exercises skipped, {stopped} stopped early, {interrupted} interrupted; {counted} with at least one exercise completed (these count, at most %n sessions a day)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoutinesPage</name>
        <message numerus="yes">
            <source>%n exercise(s) · about {time} · {per_week} times a week</source>
            <translation>
                <numerusform>%n exercise · about {time} · {per_week} times a week</numerusform>
                <numerusform>%n exercises · about {time} · {per_week} times a week</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Sharing</name>
        <message numerus="yes">
            <source>This routine has %n problem(s); fix them before sending it:</source>
            <translation>
                <numerusform>This routine has %n problem; fix them before sending it:</numerusform>
                <numerusform>This routine has %n problems; fix them before sending it:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported {routine} and %n picture(s) to {output}</source>
            <translation>
                <numerusform>Exported {routine} and %n picture to {output}</numerusform>
                <numerusform>Exported {routine} and %n pictures to {output}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The routine in it has %n problem(s):</source>
            <translation>
                <numerusform>The routine in it has %n problem:</numerusform>
                <numerusform>The routine in it has %n problems:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Stats</name>
        <message numerus="yes">
            <source>Before sessions: average {mean} over %n rating(s), first {first}, last {last}</source>
            <translation>
                <numerusform>Before sessions: average {mean} over %n rating, first {first}, last {last}</numerusform>
                <numerusform>Before sessions: average {mean} over %n ratings, first {first}, last {last}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>before sessions: average {mean} over %n rating(s), first {first}, last {last}</source>
            <translation>
                <numerusform>before sessions: average {mean} over %n rating, first {first}, last {last}</numerusform>
                <numerusform>before sessions: average {mean} over %n ratings, first {first}, last {last}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>After sessions: average {mean} over %n rating(s), first {first}, last {last}</source>
            <translation>
                <numerusform>After sessions: average {mean} over %n rating, first {first}, last {last}</numerusform>
                <numerusform>After sessions: average {mean} over %n ratings, first {first}, last {last}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>after sessions: average {mean} over %n rating(s), first {first}, last {last}</source>
            <translation>
                <numerusform>after sessions: average {mean} over %n rating, first {first}, last {last}</numerusform>
                <numerusform>after sessions: average {mean} over %n ratings, first {first}, last {last}</numerusform>
            </translation>
        </message>
    </context>
</TS>
