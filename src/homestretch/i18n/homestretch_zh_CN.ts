<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>App</name>
        <message>
            <source>Sessions will not be saved. {problem}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Pain before and after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No pain ratings in these dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} (weekly average)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain (0–10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exercises completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No exercises in these dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Checkin</name>
        <message>
            <source>no pain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mild</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>moderate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>severe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>worst imaginable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lower back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>left buttock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>right buttock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>back of the left thigh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>back of the right thigh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>outside of the left thigh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>outside of the right thigh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>back of the left calf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>back of the right calf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>outside of the left calf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>outside of the right calf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>left hip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>right hip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>front of the left thigh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>front of the right thigh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>left knee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>right knee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>left shin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>right shin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>left foot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>right foot</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditorWindow</name>
        <message>
            <source>Routine settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The routine's name, description, times and stop rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exercises (drag, or Alt+Up/Down, to reorder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt+Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt+Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview the session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>▶ Try it ({TRY_SPEED:g}× faster, not logged)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save  (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preview the session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Try it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blank exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This exercise has something to fix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{mark}Edit “{name}” – Homestretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The routine has problems to fix first (each is shown next to its field):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The routine has problems to fix first:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The routine could not be saved: {value}. Nothing was lost: it is still open here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the changes to this routine before closing?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard the changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExerciseForm</name>
        <message>
            <source>How the exercise is timed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timed stretch: {lower}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exercise {value}: {value2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no name yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>use one timed stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>use reps of phases</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source> s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandedOver</name>
        <message>
            <source>{names} will be added to your routines after this session.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>start, pause, resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on an exercise in the list: do only that one (double-click does too)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>→ / ←</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>next exercise / back to the start of this one (or the one before)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stop (asks first; what you did is saved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>M</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mute or unmute the voice and the sounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F11</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>full screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0–9</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your pain right now, 0 to 10 (1 then 0 is 10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+H</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your history (Esc goes back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space or Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>after advice to stop: end the session, as advised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>after advice to stop: carry on anyway (noted in your history)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esc, Enter or Space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>after a session: back to the routines, ready for the next one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>after a session: save the note you are writing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>move to the next button or box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this list of keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything works from the keyboard:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The routine file format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A routine is a text file (YAML) that says which exercises to do, in what order, and how many reps, sets, holds and rests. The guide for physiotherapists who write one is here:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This copy of Homestretch was installed without the guide. It is also at docs/routine-format.md in Homestretch's source code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To check a file: homestretch validate FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your session log and your own routines are kept on this computer, in this folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is made when the first session is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routines put in its “{name}” folder are offered on the routines page. To keep your history safe, copy the whole folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About {APP_NAME}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guided home exercises for low back pain that spreads down one leg (sciatica): a large timer, which leg to move, spoken steps, and a private log of every session on your own computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence: {LICENCE} (the GNU General Public License, version 3 or any later version). You may use, study, share and change it under its terms.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Homestretch does not replace medical advice. Do only the exercises your physiotherapist has given you, and stop if the pain down your leg gets worse.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>It is not there: {path} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No program on this computer would open it. You can copy the path above into your file manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>All routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not rated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{rating} ({anchor})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ddd d MMM yyyy, HH:mm</source>
            <comment>date and time format</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{time} pain during the session: {pain}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{name}: completed in {completed} of %n session(s) ({percent}), skipped in {skipped}</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>A practice run at {speed}× speed: its times are not real time, and it is left out of the calendar, the streaks and the adherence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sessions yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions you do appear here, with your pain ratings and notes,
so you and your physiotherapist can see how it is going.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>←  Routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the routines (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save report (PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A PDF of these dates for your physiotherapist: adherence, calendar, pain, notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sessions shown, or their exercise results, for a spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions (one row each)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exercise results (one row each)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected session (Delete key)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sessions in these dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>●  exercised that day    ◯  today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain before and after sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exercises completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your history cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Current streak: %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Up to yesterday: no session yet today.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Longest streak in these dates: %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>This week so far: {done} of %n session(s) ({percent})</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>In these dates: {percent} of the prescribed sessions ({done} of {prescribed} over %n week(s))</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Prescribed: {per_week} a week ({routine_name}). Each week counts at most its prescribed sessions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note was not saved: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this session?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the session of {describe_session} ({routine_name})?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can undo this straight after.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted the session of {describe_session}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No report was saved: {exc}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the report for your physiotherapist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the exercise results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export {what} as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{capitalize} was not saved: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{capitalize} was not saved: cannot write {output}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {what}: {output}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IllustrationArea</name>
        <message>
            <source>(the picture could not be shown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no picture for this exercise)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguageDialog</name>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language of Homestretch's window:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The system's language ({language})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The routine's own words (names, steps) stay in the language it is written in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Homestretch shows the new language when you start it again. The routine's own words (names, steps) stay in the language it is written in.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ListButtons</name>
        <message>
            <source>Add {noun}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up (Alt+Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down (Alt+Down)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open routine file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export routine…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain {digit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start / &amp;pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Previous exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Stop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Continue anyway (after advice to stop)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;End the session (after advice to stop)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back to routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Full screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reduce motion (still pictures)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ettings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spoken &amp;instructions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Full instructions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Counts and sides only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Countdown ticks in the last 3 seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Side switch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;End of session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Voice, speed and volume…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard keys…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The &amp;routine file format…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your &amp;data folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Homestretch…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This routine cannot be duplicated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The copy could not be saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This routine is open in the editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the editor first, then delete the routine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This routine could not be deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The routine could not be put back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a routine file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routines (*.yaml *.yml *.homestretch)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is already among your routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You added a routine from a file named “{name}” before. Replace it with this one, or keep both?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The one you have is in {taken}. Keep both adds this one with a number after its name, as “{kept}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” could not be added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It could not be copied into {user_routines_dir}: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” cannot be used</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>This routine file has %n problem(s):</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>“{name}” cannot be started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its session cannot be made: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused. Press Space to carry on.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{done} of %n exercise(s) done in {time}.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Stop this session?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop this session? What you have done so far is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep going</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain now: {rating} out of 10 ({anchor}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A try-out from the editor: not logged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: the session log is unavailable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not all of it could be saved yet: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved in your history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{summary} {saved}</source>
            <comment>the session's summary, then whether it was saved</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This session cannot be saved: {reason}{where}. Carry on: Homestretch keeps trying, and saves it as soon as it can.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings cannot be saved in {config_dir}: {strerror}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This routine cannot be edited</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MonthGrid</name>
        <message>
            <source>Mo</source>
            <comment>Monday</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tu</source>
            <comment>Tuesday</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>We</source>
            <comment>Wednesday</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Th</source>
            <comment>Thursday</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fr</source>
            <comment>Friday</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sa</source>
            <comment>Saturday</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Su</source>
            <comment>Sunday</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MMMM yyyy</source>
            <comment>month heading format</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{day}: %n session(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>PainMap</name>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Front</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PainMapDialog</name>
        <message>
            <source>Point at an area to see its name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where does it hurt?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click the areas that hurt; click again to clear one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{area}: marked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{area}: not marked</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PainScale</name>
        <message>
            <source>Press a number key (1 then 0 for 10), or leave it out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where it hurts: {words}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PictureField</name>
        <message>
            <source>Figure: {figure_words}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your picture: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a picture for this exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pictures ({suffixes})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>Preview of “{name}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReminderSettingsDialog</name>
        <message>
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remind me to do my exercises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R&amp;outine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;imes of day (24-hour, separated by commas)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the &amp;suggested days and times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;nooze for (minutes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start Homestretch in the tray when I &amp;log in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For {sessions_per_week} sessions a week: {describe_days} at {describe_times}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Time for your exercises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Homestretch keeps running in the tray to remind you. To end it, choose Quit in its tray menu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No reminder planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open Homestretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reminders…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Homestretch cannot be set to start at login ({value}): {value2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No system tray was found: reminders come only while the Homestretch window is open, and closing it ends Homestretch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>While reminders are on, closing the window keeps Homestretch in the tray.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No notification service was found: a reminder shows as a message from the tray icon.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No notification service was found: a reminder shows in the window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders come as desktop notifications with a button to start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{how} {where}</source>
            <comment>how reminders come, then where</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{routine}: your {time} reminder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze {minutes} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} Click here to start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{SUMMARY}. {text} Press Space to start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next reminder: today at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next reminder: tomorrow at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next reminder: {day} at {time}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoutinesPage</name>
        <message>
            <source>{seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{sets} × {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount}, alternating legs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} per leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount}, both legs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click an exercise, or press Enter on it, to do that one alone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a routine file…  (Ctrl+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>or drop a .yaml file onto this window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the selected routine (a bundled one is saved as your copy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your history  (Ctrl+H)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Past sessions, pain ratings and the report for your physiotherapist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How is your pain right now? (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where does it hurt…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>▶  Start  (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a copy of the selected routine in your routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected routine (one of yours) to the trash; you can undo it (Del)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo  (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” moved to the trash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ {name} (has problems)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{routine}  · yours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file has problems and cannot be used yet:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask your physiotherapist for a corrected file.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n exercise(s) · about {time} · {per_week} times a week</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{number}. {name} — {dosage}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionTableModel</name>
        <message>
            <source>Date and
time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time
done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain
before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain
after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{done} of {planned}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ stop rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain before: {pain}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain after: {pain}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where: {areas}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done in {offset}; here ({here_offset}) that was {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click or press F2 to edit the note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click or press F2 to write a note.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>◀◀ Previous (←)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>▶ Start (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue anyway (C)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next (→) ▶▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>■ Stop (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mute (M)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to routines (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How is your pain now? (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where does it hurt…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A note for your physiotherapist (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save note
(Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{time} left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>❚❚ Pause (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>▶ Resume (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exercise {number} of {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>■ End the session (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unmute (M)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Sharing</name>
        <message>
            <source>Shared routines (*{suffix})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No routine to export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a routine that works in the list first, then export it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” cannot be exported</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>This routine has %n problem(s); fix them before sending it:</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>“{name}” could not be saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It could not be written in {parent}: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is already among your routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You added a routine from a file named “{name}” before. Replace it with the one in “{name2}”, or keep both?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The one you have is in {taken}. Keep both adds this one with a number after its name, as “{kept}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” could not be added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It could not be copied into {user_routines_dir}: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” cannot be used</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The routine in it has %n problem(s):</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>“{name}” cannot be opened</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SpeechSettingsDialog</name>
        <message>
            <source>Say a sample</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speaking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speed: {rate} words a minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volume: {percent} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voice, speed and volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voices for {name} come first, then other languages.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_SidesField</name>
        <message>
            <source>change sides</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_StopRuleField</name>
        <message>
            <source>change {lower}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
