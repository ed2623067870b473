<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>A11y</name>
        <message>
            <source>Left arrow</source>
            <translation>Pfeil nach links</translation>
        </message>
        <message>
            <source>Right arrow</source>
            <translation>Pfeil nach rechts</translation>
        </message>
        <message>
            <source>Up arrow</source>
            <translation>Pfeil nach oben</translation>
        </message>
        <message>
            <source>Down arrow</source>
            <translation>Pfeil nach unten</translation>
        </message>
        <message>
            <source>Escape</source>
            <translation>Esc-Taste</translation>
        </message>
        <message>
            <source>Shortcut: {keys}</source>
            <translation>Tastenkürzel: {keys}</translation>
        </message>
    </context>
    <context>
        <name>AnchorRow</name>
        <message>
            <source>{rating}: {words}</source>
            <comment>a rating and its words</comment>
            <translation>{rating}: {words}</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Sessions will not be saved. {problem}</source>
            <translation>Sitzungen werden nicht gespeichert. {problem}</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Pain before and after</source>
            <translation>Schmerz vorher und nachher</translation>
        </message>
        <message>
            <source>No pain ratings in these dates</source>
            <translation>Keine Schmerzangaben in diesem Zeitraum</translation>
        </message>
        <message>
            <source>{title} (weekly average)</source>
            <translation>{title} (Wochenmittel)</translation>
        </message>
        <message>
            <source>Before the session</source>
            <translation>Vor der Sitzung</translation>
        </message>
        <message>
            <source>After the session</source>
            <translation>Nach der Sitzung</translation>
        </message>
        <message>
            <source>Pain (0–10)</source>
            <translation>Schmerz (0–10)</translation>
        </message>
        <message>
            <source>Exercises completed</source>
            <translation>Erledigte Übungen</translation>
        </message>
        <message>
            <source>No exercises in these dates</source>
            <translation>Keine Übungen in diesem Zeitraum</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Erledigt</translation>
        </message>
    </context>
    <context>
        <name>Checkin</name>
        <message>
            <source>no pain</source>
            <translation>kein Schmerz</translation>
        </message>
        <message>
            <source>mild</source>
            <translation>leicht</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>mäßig</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>stark</translation>
        </message>
        <message>
            <source>worst imaginable</source>
            <translation>unerträglich</translation>
        </message>
        <message>
            <source>lower back</source>
            <translation>unterer Rücken</translation>
        </message>
        <message>
            <source>left buttock</source>
            <translation>linke Gesäßhälfte</translation>
        </message>
        <message>
            <source>right buttock</source>
            <translation>rechte Gesäßhälfte</translation>
        </message>
        <message>
            <source>back of the left thigh</source>
            <translation>Rückseite linker Oberschenkel</translation>
        </message>
        <message>
            <source>back of the right thigh</source>
            <translation>Rückseite rechter Oberschenkel</translation>
        </message>
        <message>
            <source>outside of the left thigh</source>
            <translation>Außenseite linker Oberschenkel</translation>
        </message>
        <message>
            <source>outside of the right thigh</source>
            <translation>Außenseite rechter Oberschenkel</translation>
        </message>
        <message>
            <source>back of the left calf</source>
            <translation>linke Wade</translation>
        </message>
        <message>
            <source>back of the right calf</source>
            <translation>rechte Wade</translation>
        </message>
        <message>
            <source>outside of the left calf</source>
            <translation>Außenseite linker Unterschenkel</translation>
        </message>
        <message>
            <source>outside of the right calf</source>
            <translation>Außenseite rechter Unterschenkel</translation>
        </message>
        <message>
            <source>left hip</source>
            <translation>linke Hüfte</translation>
        </message>
        <message>
            <source>right hip</source>
            <translation>rechte Hüfte</translation>
        </message>
        <message>
            <source>front of the left thigh</source>
            <translation>Vorderseite linker Oberschenkel</translation>
        </message>
        <message>
            <source>front of the right thigh</source>
            <translation>Vorderseite rechter Oberschenkel</translation>
        </message>
        <message>
            <source>left knee</source>
            <translation>linkes Knie</translation>
        </message>
        <message>
            <source>right knee</source>
            <translation>rechtes Knie</translation>
        </message>
        <message>
            <source>left shin</source>
            <translation>linkes Schienbein</translation>
        </message>
        <message>
            <source>right shin</source>
            <translation>rechtes Schienbein</translation>
        </message>
        <message>
            <source>left foot</source>
            <translation>linker Fuß</translation>
        </message>
        <message>
            <source>right foot</source>
            <translation>rechter Fuß</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>January</source>
            <translation>Januar</translation>
        </message>
        <message>
            <source>February</source>
            <translation>Februar</translation>
        </message>
        <message>
            <source>March</source>
            <translation>März</translation>
        </message>
        <message>
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>June</source>
            <translation>Juni</translation>
        </message>
        <message>
            <source>July</source>
            <translation>Juli</translation>
        </message>
        <message>
            <source>August</source>
            <translation>August</translation>
        </message>
        <message>
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <source>October</source>
            <translation>Oktober</translation>
        </message>
        <message>
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <source>December</source>
            <translation>Dezember</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>Jan.</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>Feb.</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>März</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>Apr.</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>Juni</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>Juli</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>Aug.</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>Sep.</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>Okt.</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>Nov.</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>Dez.</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Mo.</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Di.</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Mi.</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Do.</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fr.</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sa.</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>So.</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <comment>a long date</comment>
            <translation>{day}. {month} {year}</translation>
        </message>
        <message>
            <source>{weekday} {day} {month} {year}</source>
            <comment>a short date</comment>
            <translation>{weekday}, {day}. {month} {year}</translation>
        </message>
        <message>
            <source>{day} {month}</source>
            <comment>a day of a month, short</comment>
            <translation>{day}. {month}</translation>
        </message>
        <message>
            <source>{month} {year}</source>
            <comment>a short month and year</comment>
            <translation>{month} {year}</translation>
        </message>
        <message>
            <source>{month} {year}</source>
            <comment>a month and year</comment>
            <translation>{month} {year}</translation>
        </message>
        <message>
            <source>.</source>
            <comment>decimal separator</comment>
            <translation>,</translation>
        </message>
        <message>
            <source>{value} %</source>
            <comment>a percentage</comment>
            <translation>{value} %</translation>
        </message>
    </context>
    <context>
        <name>DisplayChoices</name>
        <message>
            <source>&amp;Follow the system</source>
            <translation>Wie das &amp;System</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>Hoher &amp;Kontrast</translation>
        </message>
        <message>
            <source>&amp;Colours</source>
            <translation>&amp;Farben</translation>
        </message>
        <message>
            <source>&amp;Text size</source>
            <translation>Text&amp;größe</translation>
        </message>
    </context>
    <context>
        <name>Draft</name>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>add exercise</source>
            <translation>Übung hinzufügen</translation>
        </message>
        <message>
            <source>remove exercise</source>
            <translation>Übung entfernen</translation>
        </message>
        <message>
            <source>move exercise</source>
            <translation>Übung verschieben</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>add phase</source>
            <translation>Phase hinzufügen</translation>
        </message>
        <message>
            <source>remove phase</source>
            <translation>Phase entfernen</translation>
        </message>
        <message>
            <source>move phase</source>
            <translation>Phase verschieben</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>add step</source>
            <translation>Schritt hinzufügen</translation>
        </message>
        <message>
            <source>remove step</source>
            <translation>Schritt entfernen</translation>
        </message>
        <message>
            <source>move step</source>
            <translation>Schritt verschieben</translation>
        </message>
        <message>
            <source>Caution</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>add caution</source>
            <translation>Hinweis hinzufügen</translation>
        </message>
        <message>
            <source>remove caution</source>
            <translation>Hinweis entfernen</translation>
        </message>
        <message>
            <source>move caution</source>
            <translation>Hinweis verschieben</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <source>add item</source>
            <translation>Eintrag hinzufügen</translation>
        </message>
        <message>
            <source>remove item</source>
            <translation>Eintrag entfernen</translation>
        </message>
        <message>
            <source>move item</source>
            <translation>Eintrag verschieben</translation>
        </message>
        <message>
            <source>the file is not a routine</source>
            <translation>die Datei ist kein Übungsprogramm</translation>
        </message>
        <message>
            <source>remove “{field}”</source>
            <translation>„{field}“ entfernen</translation>
        </message>
        <message>
            <source>change “{field}”</source>
            <translation>„{field}“ ändern</translation>
        </message>
        <message>
            <source>duplicate exercise</source>
            <translation>Übung duplizieren</translation>
        </message>
        <message>
            <source>Undo {change}</source>
            <translation>Rückgängig: {change}</translation>
        </message>
        <message>
            <source>Redo {change}</source>
            <translation>Wiederholen: {change}</translation>
        </message>
        <message>
            <source>{file} is not an SVG, PNG or JPEG picture</source>
            <translation>{file} ist kein SVG-, PNG- oder JPEG-Bild</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>line {line}: {message}</source>
            <comment>a problem in a figure file</comment>
            <translation>Zeile {line}: {message}</translation>
        </message>
    </context>
    <context>
        <name>EditorWindow</name>
        <message>
            <source>This is a routine that comes with Homestretch. Saving keeps it as it is and saves your changes as your own copy, with its own name.</source>
            <translation>Dieses Programm gehört zu Homestretch. Beim Speichern bleibt es unverändert, und Ihre Änderungen werden als eigene Kopie mit eigenem Namen gespeichert.</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s) (the length shows once the problems below are fixed)</source>
            <translation>
                <numerusform>%n Übung (die Dauer erscheint, sobald die Fehler unten behoben sind)</numerusform>
                <numerusform>%n Übungen (die Dauer erscheint, sobald die Fehler unten behoben sind)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n Übung</numerusform>
                <numerusform>%n Übungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s), {exercises}</source>
            <translation>
                <numerusform>%n Minute, {exercises}</numerusform>
                <numerusform>%n Minuten, {exercises}</numerusform>
            </translation>
        </message>
        <message>
            <source>Routine settings</source>
            <translation>Einstellungen des Programms</translation>
        </message>
        <message>
            <source>The routine's name, description, times and stop rule</source>
            <translation>Name, Beschreibung, Zeiten und Abbruchregel des Programms</translation>
        </message>
        <message>
            <source>Exercises (drag, or Alt+Up/Down, to reorder)</source>
            <translation>Übungen (ziehen oder Alt+Pfeil hoch/runter zum Umordnen)</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>Drag an exercise, or press Alt+Up or Alt+Down, to move it</source>
            <translation>Ziehen Sie eine Übung oder drücken Sie Alt+Pfeil hoch bzw. Alt+Pfeil runter, um sie zu verschieben</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Neu…</translation>
        </message>
        <message>
            <source>Add an exercise</source>
            <translation>Übung hinzufügen</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected exercise</source>
            <translation>Ausgewählte Übung entfernen</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+Pfeil hoch</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Alt+Down</source>
            <translation>Alt+Pfeil runter</translation>
        </message>
        <message>
            <source>Preview the session…</source>
            <translation>Vorschau der Sitzung…</translation>
        </message>
        <message>
            <source>▶ Try it ({TRY_SPEED:g}× faster, silent, not logged)</source>
            <translation>▶ Ausprobieren ({TRY_SPEED:g}× schneller, stumm, nicht protokolliert)</translation>
        </message>
        <message>
            <source>Save  (Ctrl+S)</source>
            <translation>Speichern  (Strg+S)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>&amp;Routine</source>
            <translation>&amp;Programm</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>&amp;Preview the session…</source>
            <translation>&amp;Vorschau der Sitzung…</translation>
        </message>
        <message>
            <source>&amp;Try it</source>
            <translation>&amp;Ausprobieren</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>S&amp;chließen</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Blank exercise</source>
            <translation>Leere Übung</translation>
        </message>
        <message>
            <source>{number}. {name}</source>
            <translation>{number}. {name}</translation>
        </message>
        <message>
            <source>no name yet</source>
            <translation>noch ohne Namen</translation>
        </message>
        <message>
            <source>This exercise has something to fix</source>
            <translation>An dieser Übung ist etwas zu korrigieren</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>Neues Programm</translation>
        </message>
        <message>
            <source>{mark}Edit “{name}” – Homestretch</source>
            <translation>{mark}„{name}“ bearbeiten – Homestretch</translation>
        </message>
        <message>
            <source>Warning: {text}</source>
            <translation>Warnung: {text}</translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) to fix before saving (marked ⚠ in the list, and next to each field).</source>
            <translation>
                <numerusform>%n Fehler vor dem Speichern zu beheben (mit ⚠ markiert, in der Liste und neben dem Feld).</numerusform>
                <numerusform>%n Fehler vor dem Speichern zu beheben (mit ⚠ markiert, in der Liste und neben jedem Feld).</numerusform>
            </translation>
        </message>
        <message>
            <source>Exercise {number} ({name}): </source>
            <translation>Übung {number} ({name}): </translation>
        </message>
        <message>
            <source>no name</source>
            <translation>ohne Namen</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Noch nicht gespeichert</translation>
        </message>
        <message>
            <source>The routine has problems to fix first (each is shown next to its field):</source>
            <translation>Im Programm ist zuerst etwas zu korrigieren (jeweils neben dem Feld angezeigt):</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>The routine has problems to fix first:</source>
            <translation>Im Programm ist zuerst etwas zu korrigieren:</translation>
        </message>
        <message>
            <source>The routine could not be saved: {value}. Nothing was lost: it is still open here.</source>
            <translation>Das Programm konnte nicht gespeichert werden: {value}. Nichts ging verloren: Es ist hier noch geöffnet.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Save the changes to this routine before closing?</source>
            <translation>Änderungen an diesem Programm vor dem Schließen speichern?</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Discard the changes</source>
            <translation>Änderungen verwerfen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>EventKind</name>
        <message>
            <source>pain during the session</source>
            <translation>Schmerz während der Sitzung</translation>
        </message>
        <message>
            <source>stop rule</source>
            <translation>Abbruchregel</translation>
        </message>
        <message>
            <source>ended the session as advised</source>
            <translation>Sitzung wie geraten beendet</translation>
        </message>
        <message>
            <source>carried on after the advice to stop</source>
            <translation>trotz des Rats aufzuhören weitergemacht</translation>
        </message>
    </context>
    <context>
        <name>ExerciseForm</name>
        <message>
            <source>How the exercise is timed</source>
            <translation>Zeitlicher Ablauf der Übung</translation>
        </message>
        <message>
            <source>Exercise {value}: {value2}</source>
            <translation>Übung {value}: {value2}</translation>
        </message>
        <message>
            <source>no name yet</source>
            <translation>noch ohne Namen</translation>
        </message>
        <message>
            <source>use one timed stretch</source>
            <translation>eine Dehnung auf Zeit verwenden</translation>
        </message>
        <message>
            <source>use reps of phases</source>
            <translation>Wiederholungen aus Phasen verwenden</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Allowed: from {low} to {high}.</source>
            <translation>Erlaubt: von {low} bis {high}.</translation>
        </message>
        <message>
            <source>Allowed: more than {low} and up to {high} seconds.</source>
            <translation>Erlaubt: mehr als {low} und höchstens {high} Sekunden.</translation>
        </message>
        <message>
            <source>Allowed: from {low} to {high} seconds.</source>
            <translation>Erlaubt: von {low} bis {high} Sekunden.</translation>
        </message>
        <message numerus="yes">
            <source>Allowed: up to %n character(s).</source>
            <translation>
                <numerusform>Erlaubt: höchstens %n Zeichen.</numerusform>
                <numerusform>Erlaubt: höchstens %n Zeichen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At least one; each up to %n character(s).</source>
            <translation>
                <numerusform>Mindestens ein Eintrag; jeder höchstens %n Zeichen lang.</numerusform>
                <numerusform>Mindestens ein Eintrag; jeder höchstens %n Zeichen lang.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each up to %n character(s).</source>
            <translation>
                <numerusform>Jeder Eintrag höchstens %n Zeichen lang.</numerusform>
                <numerusform>Jeder Eintrag höchstens %n Zeichen lang.</numerusform>
            </translation>
        </message>
        <message>
            <source>Allowed: from {low} to {high} phases.</source>
            <translation>Erlaubt: {low} bis {high} Phasen.</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
    </context>
    <context>
        <name>Figure</name>
        <message>
            <source>Seen from the front</source>
            <translation>Von vorne gesehen</translation>
        </message>
        <message>
            <source>Close-up: palms circle the kneecap</source>
            <translation>Nahaufnahme: Handflächen kreisen um die Kniescheibe</translation>
        </message>
        <message>
            <source>Close-up: hands slide to the ankle</source>
            <translation>Nahaufnahme: Hände gleiten zum Knöchel</translation>
        </message>
        <message>
            <source>From the head end: head on crossed arms</source>
            <translation>Vom Kopfende: Kopf auf verschränkten Armen</translation>
        </message>
    </context>
    <context>
        <name>FigureProblems</name>
        <message>
            <source>invalid figure</source>
            <translation>ungültige Figur</translation>
        </message>
        <message>
            <source>'{key}' needs 'schema: 2' (this figure says schema: {schema})</source>
            <translation>'{key}' braucht 'schema: 2' (diese Figur gibt schema: {schema} an)</translation>
        </message>
        <message>
            <source>this figure uses format {schema}; update Homestretch</source>
            <translation>diese Figur verwendet Format {schema}; bitte Homestretch aktualisieren</translation>
        </message>
        <message>
            <source>a figure needs a 'description': what it shows, in a sentence or two</source>
            <translation>eine Figur braucht eine 'description': was sie zeigt, in ein oder zwei Sätzen</translation>
        </message>
        <message>
            <source>phase '{phase}' is listed twice</source>
            <translation>die Phase '{phase}' steht zweimal in der Liste</translation>
        </message>
        <message>
            <source>hand motion needs a pose named 'hands'</source>
            <translation>eine Handbewegung braucht eine Haltung namens 'hands'</translation>
        </message>
        <message>
            <source>a list of poses needs 'schema: 2' (this figure says schema: {schema})</source>
            <translation>eine Liste von Haltungen braucht 'schema: 2' (diese Figur gibt schema: {schema} an)</translation>
        </message>
        <message>
            <source>phase '{phase}' must list 1 to {max} poses</source>
            <translation>die Phase '{phase}' muss 1 bis {max} Haltungen nennen</translation>
        </message>
        <message>
            <source>'phases' must map phase names to pose names</source>
            <translation>'phases' muss jedem Phasennamen einen Haltungsnamen zuordnen</translation>
        </message>
        <message>
            <source>'poses' must map pose names to poses</source>
            <translation>'poses' muss jedem Haltungsnamen eine Haltung zuordnen</translation>
        </message>
        <message>
            <source>duplicate pose '{pose}'</source>
            <translation>doppelte Haltung '{pose}'</translation>
        </message>
        <message>
            <source>'poses' needs a pose named 'start'</source>
            <translation>'poses' braucht eine Haltung namens 'start'</translation>
        </message>
        <message>
            <source>'hip' must be [x, y] in body heights</source>
            <translation>'hip' muss [x, y] in Körperhöhen sein</translation>
        </message>
        <message>
            <source>this knee would bend the wrong way or too far ({degrees} degrees; a knee bends 0 to 165 degrees, the shin turning clockwise from the thigh)</source>
            <translation>dieses Knie würde sich falsch herum oder zu weit beugen ({degrees} Grad; ein Knie beugt sich 0 bis 165 Grad, der Unterschenkel dreht sich vom Oberschenkel aus im Uhrzeigersinn)</translation>
        </message>
        <message>
            <source>this elbow would bend the wrong way or too far ({degrees} degrees; an elbow bends 0 to 165 degrees, the forearm turning anticlockwise)</source>
            <translation>dieser Ellbogen würde sich falsch herum oder zu weit beugen ({degrees} Grad; ein Ellbogen beugt sich 0 bis 165 Grad, der Unterarm dreht sich gegen den Uhrzeigersinn)</translation>
        </message>
        <message>
            <source>'reach' must be one of: {targets}</source>
            <translation>'reach' muss eines davon sein: {targets}</translation>
        </message>
        <message>
            <source>no pose named '{pose}' in 'poses'</source>
            <translation>in 'poses' gibt es keine Haltung namens '{pose}'</translation>
        </message>
    </context>
    <context>
        <name>FileProblems</name>
        <message>
            <source>does not exist</source>
            <translation>existiert nicht</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>ist ein Ordner, keine Datei</translation>
        </message>
        <message>
            <source>is not a regular file (it is a named pipe)</source>
            <translation>ist keine normale Datei (sondern eine benannte Pipe)</translation>
        </message>
        <message>
            <source>is not a regular file (it is a device)</source>
            <translation>ist keine normale Datei (sondern ein Gerät)</translation>
        </message>
        <message>
            <source>is not a regular file (it is a socket)</source>
            <translation>ist keine normale Datei (sondern ein Socket)</translation>
        </message>
        <message>
            <source>is not a regular file (it is not a plain file)</source>
            <translation>ist keine normale Datei</translation>
        </message>
        <message>
            <source>is larger than {size}</source>
            <translation>ist größer als {size}</translation>
        </message>
        <message>
            <source>cannot be read ({reason})</source>
            <translation>kann nicht gelesen werden ({reason})</translation>
        </message>
        <message>
            <source>{file} does not exist</source>
            <translation>{file} existiert nicht</translation>
        </message>
        <message>
            <source>{file} is a folder, not a file</source>
            <translation>{file} ist ein Ordner, keine Datei</translation>
        </message>
        <message>
            <source>{file} is not a regular file (it is a named pipe)</source>
            <translation>{file} ist keine normale Datei (sondern eine benannte Pipe)</translation>
        </message>
        <message>
            <source>{file} is not a regular file (it is a device)</source>
            <translation>{file} ist keine normale Datei (sondern ein Gerät)</translation>
        </message>
        <message>
            <source>{file} is not a regular file (it is a socket)</source>
            <translation>{file} ist keine normale Datei (sondern ein Socket)</translation>
        </message>
        <message>
            <source>{file} is not a regular file (it is not a plain file)</source>
            <translation>{file} ist keine normale Datei</translation>
        </message>
        <message>
            <source>{file} is larger than {size}</source>
            <translation>{file} ist größer als {size}</translation>
        </message>
        <message>
            <source>{file} cannot be read ({reason})</source>
            <translation>{file} kann nicht gelesen werden ({reason})</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <source>Sitting</source>
            <translation>Sitzend</translation>
        </message>
        <message>
            <source>Standing</source>
            <translation>Stehend</translation>
        </message>
        <message>
            <source>Lying face down</source>
            <translation>Bauchlage</translation>
        </message>
        <message>
            <source>Lying on the back</source>
            <translation>Rückenlage</translation>
        </message>
        <message>
            <source>Lying on one side</source>
            <translation>Seitenlage</translation>
        </message>
        <message>
            <source>Not a one-leg exercise</source>
            <translation>Keine Übung für ein Bein</translation>
        </message>
        <message>
            <source>Both legs at once</source>
            <translation>Beide Beine zugleich</translation>
        </message>
        <message>
            <source>One leg, then the other, rep by rep</source>
            <translation>Abwechselnd, Wiederholung für Wiederholung</translation>
        </message>
        <message>
            <source>All reps on one leg, then the other</source>
            <translation>Erst ein Bein ganz, dann das andere</translation>
        </message>
        <message>
            <source>Right leg first</source>
            <translation>Rechtes Bein zuerst</translation>
        </message>
        <message>
            <source>Left leg first</source>
            <translation>Linkes Bein zuerst</translation>
        </message>
        <message>
            <source>Timed stretch: seconds</source>
            <translation>Dehnung auf Zeit: Sekunden</translation>
        </message>
        <message>
            <source>Timed stretch: name</source>
            <translation>Dehnung auf Zeit: Name</translation>
        </message>
        <message>
            <source>Timed stretch: spoken cue</source>
            <translation>Dehnung auf Zeit: gesprochener Hinweis</translation>
        </message>
        <message>
            <source>the routine's</source>
            <translation>wie im Programm</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>Repetitions in timed phases</source>
            <translation>Wiederholungen in zeitlichen Phasen</translation>
        </message>
        <message>
            <source>One timed stretch on each side</source>
            <translation>Eine Dehnung auf Zeit je Seite</translation>
        </message>
        <message>
            <source>The routine</source>
            <translation>Das Programm</translation>
        </message>
        <message>
            <source>Stop rule</source>
            <translation>Abbruchregel</translation>
        </message>
        <message>
            <source>Legs</source>
            <translation>Beine</translation>
        </message>
        <message>
            <source>Timing</source>
            <translation>Zeitlicher Ablauf</translation>
        </message>
    </context>
    <context>
        <name>HandedOver</name>
        <message>
            <source>{names} will be added to your routines after this session.</source>
            <translation>{names} wird nach dieser Sitzung zu Ihren Programmen hinzugefügt.</translation>
        </message>
    </context>
    <context>
        <name>HandoutJobs</name>
        <message>
            <source>Save the handout as PDF</source>
            <translation>Das Merkblatt als PDF speichern</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Print the handout</source>
            <translation>Das Merkblatt drucken</translation>
        </message>
        <message>
            <source>No routine chosen</source>
            <translation>Kein Programm gewählt</translation>
        </message>
        <message>
            <source>Choose a routine in the list first: the handout is made from it.</source>
            <translation>Wählen Sie zuerst ein Programm in der Liste: Das Merkblatt wird daraus erstellt.</translation>
        </message>
        <message>
            <source>Making the handout: {name}…</source>
            <translation>Merkblatt wird erstellt: {name}…</translation>
        </message>
        <message>
            <source>Printing the handout…</source>
            <translation>Merkblatt wird gedruckt…</translation>
        </message>
        <message>
            <source>The handout could not be saved as {target}: {reason}.</source>
            <translation>Das Merkblatt konnte nicht als {target} gespeichert werden: {reason}.</translation>
        </message>
        <message>
            <source>The handout could not be saved: {problem}.</source>
            <translation>Das Merkblatt konnte nicht gespeichert werden: {problem}.</translation>
        </message>
        <message>
            <source>The handout could not be printed: {problem}.</source>
            <translation>Das Merkblatt konnte nicht gedruckt werden: {problem}.</translation>
        </message>
        <message>
            <source>Handout saved: {path}</source>
            <translation>Merkblatt gespeichert: {path}</translation>
        </message>
        <message>
            <source>The handout was sent to the printer.</source>
            <translation>Das Merkblatt wurde an den Drucker geschickt.</translation>
        </message>
        <message>
            <source>Handout</source>
            <translation>Merkblatt</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Space</source>
            <translation>Leertaste</translation>
        </message>
        <message>
            <source>start, pause, resume</source>
            <translation>starten, anhalten, fortsetzen</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <source>on an exercise in the list: do only that one (double-click does too)</source>
            <translation>auf einer Übung in der Liste: nur diese machen (Doppelklick ebenso)</translation>
        </message>
        <message>
            <source>→ / ←</source>
            <translation>→ / ←</translation>
        </message>
        <message>
            <source>next exercise / back to the start of this one (or the one before)</source>
            <translation>nächste Übung / zurück zum Anfang dieser (oder der vorigen)</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>stop (asks first; what you did is saved)</source>
            <translation>beenden (mit Rückfrage; Erledigtes wird gespeichert)</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>mute or unmute the voice and the sounds</source>
            <translation>Stimme und Töne stumm schalten oder wieder ein</translation>
        </message>
        <message>
            <source>F11</source>
            <translation>F11</translation>
        </message>
        <message>
            <source>full screen</source>
            <translation>Vollbild</translation>
        </message>
        <message>
            <source>0–9</source>
            <translation>0–9</translation>
        </message>
        <message>
            <source>your pain right now, 0 to 10 (1 then 0 is 10)</source>
            <translation>Ihr Schmerz gerade, 0 bis 10 (1, dann 0 ist 10)</translation>
        </message>
        <message>
            <source>Ctrl+H</source>
            <translation>Strg+H</translation>
        </message>
        <message>
            <source>your history (Esc goes back)</source>
            <translation>Ihr Verlauf (Esc geht zurück)</translation>
        </message>
        <message>
            <source>Space or Enter</source>
            <translation>Leertaste oder Eingabe</translation>
        </message>
        <message>
            <source>after advice to stop: end the session, as advised</source>
            <translation>nach dem Rat aufzuhören: Sitzung wie empfohlen beenden</translation>
        </message>
        <message>
            <source>C</source>
            <translation>C</translation>
        </message>
        <message>
            <source>after advice to stop: carry on anyway (noted in your history)</source>
            <translation>nach dem Rat aufzuhören: trotzdem weitermachen (im Verlauf vermerkt)</translation>
        </message>
        <message>
            <source>Esc, Enter or Space</source>
            <translation>Esc, Eingabe oder Leertaste</translation>
        </message>
        <message>
            <source>after a session: back to the routines, ready for the next one</source>
            <translation>nach einer Sitzung: zurück zu den Programmen, bereit für die nächste</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>Strg+Eingabe</translation>
        </message>
        <message>
            <source>after a session: save the note you are writing</source>
            <translation>nach einer Sitzung: die geschriebene Notiz speichern</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>move to the next button or box</source>
            <translation>zur nächsten Schaltfläche oder zum nächsten Feld</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>this list of keys</source>
            <translation>diese Tastenliste</translation>
        </message>
        <message>
            <source>Keyboard keys</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Everything works from the keyboard:</source>
            <translation>Alles geht auch mit der Tastatur:</translation>
        </message>
        <message>
            <source>The routine file format</source>
            <translation>Das Format der Programmdateien</translation>
        </message>
        <message>
            <source>Open the guide</source>
            <translation>Anleitung öffnen</translation>
        </message>
        <message>
            <source>A routine is a text file (YAML) that says which exercises to do, in what order, and how many reps, sets, holds and rests. The guide for physiotherapists who write one is here:</source>
            <translation>Ein Programm ist eine Textdatei (YAML), die festlegt, welche Übungen in welcher Reihenfolge zu machen sind, mit wie vielen Wiederholungen, Sätzen, Haltezeiten und Pausen. Die Anleitung für Physiotherapeutinnen und Physiotherapeuten, die eines schreiben, ist hier:</translation>
        </message>
        <message>
            <source>This copy of Homestretch was installed without the guide. It is also at docs/routine-format.md in Homestretch's source code.</source>
            <translation>Diese Homestretch-Installation enthält die Anleitung nicht. Sie liegt auch unter docs/routine-format.md im Quellcode von Homestretch.</translation>
        </message>
        <message>
            <source>To check a file: homestretch validate FILE</source>
            <translation>Eine Datei prüfen: homestretch validate DATEI</translation>
        </message>
        <message>
            <source>Your data folder</source>
            <translation>Ihr Datenordner</translation>
        </message>
        <message>
            <source>Open the folder</source>
            <translation>Ordner öffnen</translation>
        </message>
        <message>
            <source>Your session log and your own routines are kept on this computer, in this folder:</source>
            <translation>Ihr Sitzungsprotokoll und Ihre eigenen Programme liegen auf diesem Computer in diesem Ordner:</translation>
        </message>
        <message>
            <source>It is made when the first session is saved.</source>
            <translation>Er wird angelegt, wenn die erste Sitzung gespeichert wird.</translation>
        </message>
        <message>
            <source>Routines put in its “{name}” folder are offered on the routines page. To keep your history safe, copy the whole folder.</source>
            <translation>Programme im Unterordner „{name}“ erscheinen auf der Programmseite. Um Ihren Verlauf zu sichern, kopieren Sie den ganzen Ordner.</translation>
        </message>
        <message>
            <source>About {APP_NAME}</source>
            <translation>Über {APP_NAME}</translation>
        </message>
        <message>
            <source>Guided home exercises for low back pain that spreads down one leg (sciatica): a large timer, which leg to move, spoken steps, and a private log of every session on your own computer.</source>
            <translation>Angeleitete Heimübungen bei Kreuzschmerzen, die in ein Bein ausstrahlen (Ischias): ein großer Timer, welches Bein dran ist, gesprochene Schritte und ein privates Protokoll jeder Sitzung auf Ihrem eigenen Computer.</translation>
        </message>
        <message>
            <source>Licence: {LICENCE} (the GNU General Public License, version 3 or any later version). You may use, study, share and change it under its terms.</source>
            <translation>Lizenz: {LICENCE} (GNU General Public License, Version 3 oder jede spätere Version). Sie dürfen das Programm unter ihren Bedingungen nutzen, untersuchen, weitergeben und ändern.</translation>
        </message>
        <message>
            <source>Homestretch does not replace medical advice. Do only the exercises your physiotherapist has given you, and stop if the pain down your leg gets worse.</source>
            <translation>Homestretch ersetzt keinen ärztlichen Rat. Machen Sie nur die Übungen, die Ihre Physiotherapie Ihnen gegeben hat, und hören Sie auf, wenn der Schmerz im Bein stärker wird.</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Help text</source>
            <translation>Hilfetext</translation>
        </message>
        <message>
            <source>Where it is</source>
            <translation>Speicherort</translation>
        </message>
        <message>
            <source>It is not there: {path} does not exist.</source>
            <translation>Nicht vorhanden: {path} existiert nicht.</translation>
        </message>
        <message>
            <source>No program on this computer would open it. You can copy the path above into your file manager.</source>
            <translation>Kein Programm auf diesem Computer kann es öffnen. Sie können den Pfad oben in Ihre Dateiverwaltung kopieren.</translation>
        </message>
        <message>
            <source>Opened.</source>
            <translation>Geöffnet.</translation>
        </message>
    </context>
    <context>
        <name>HistoryProblems</name>
        <message>
            <source>{file}: cannot upgrade the session log: a copy of it ({copy}) is made first and could not be: {reason}. The log was left as it was.</source>
            <translation>{file}: Das Sitzungsprotokoll kann nicht aktualisiert werden: Zuerst wird eine Kopie davon ({copy}) angelegt, und das ging nicht: {reason}. Das Protokoll blieb, wie es war.</translation>
        </message>
        <message>
            <source>{file}: the session log is damaged ({reason}) and cannot be read. It was left untouched. To get help, send a copy of it (with the file {name}-wal beside it, if there is one). To start a new log and keep the old one, close Homestretch and move the file (and its -wal file) to another folder or rename it, for example to {stem}-damaged{suffix}; Homestretch starts a new log the next time it opens.</source>
            <translation>{file}: Das Sitzungsprotokoll ist beschädigt ({reason}) und kann nicht gelesen werden. Es wurde nicht verändert. Um Hilfe zu bekommen, senden Sie eine Kopie davon (mit der Datei {name}-wal daneben, falls es sie gibt). Um ein neues Protokoll anzufangen und das alte zu behalten, schließen Sie Homestretch und verschieben Sie die Datei (und ihre -wal-Datei) in einen anderen Ordner oder benennen Sie sie um, zum Beispiel in {stem}-damaged{suffix}; Homestretch beginnt beim nächsten Start ein neues Protokoll.</translation>
        </message>
        <message>
            <source>{file}: this file is not a Homestretch session log (or it is damaged); it was left untouched. Move it away to start a new log.</source>
            <translation>{file}: Diese Datei ist kein Sitzungsprotokoll von Homestretch (oder sie ist beschädigt); sie wurde nicht verändert. Verschieben Sie sie an einen anderen Ort, um ein neues Protokoll anzufangen.</translation>
        </message>
        <message>
            <source>{file}: cannot open the session log: {reason}</source>
            <translation>{file}: Das Sitzungsprotokoll kann nicht geöffnet werden: {reason}</translation>
        </message>
        <message>
            <source>{file}: cannot use the session log: {reason}</source>
            <translation>{file}: Das Sitzungsprotokoll kann nicht verwendet werden: {reason}</translation>
        </message>
        <message>
            <source>{file}: cannot read the session log: {reason}</source>
            <translation>{file}: Das Sitzungsprotokoll kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>{file}: not written: {areas} is not an area of the body map</source>
            <translation>{file}: nicht gespeichert: {areas} ist kein Bereich der Körperkarte</translation>
        </message>
        <message>
            <source>{file}: not written: {areas} are not areas of the body map</source>
            <translation>{file}: nicht gespeichert: {areas} sind keine Bereiche der Körperkarte</translation>
        </message>
        <message>
            <source>{file}: there is no session log</source>
            <translation>{file}: Es gibt kein Sitzungsprotokoll</translation>
        </message>
        <message>
            <source>{file}: cannot write the session log: {reason}</source>
            <translation>{file}: Das Sitzungsprotokoll kann nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>{file}: this session log was written by a newer Homestretch (log version {version}, this version reads up to {known}); update Homestretch to open it. The file was left untouched.</source>
            <translation>{file}: Dieses Sitzungsprotokoll wurde von einem neueren Homestretch geschrieben (Protokollversion {version}, diese Version liest bis {known}); aktualisieren Sie Homestretch, um es zu öffnen. Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>{file}: cannot upgrade the session log: {reason}</source>
            <translation>{file}: Das Sitzungsprotokoll kann nicht aktualisiert werden: {reason}</translation>
        </message>
        <message>
            <source>{file}: cannot upgrade the session log to version {version}: {reason}</source>
            <translation>{file}: Das Sitzungsprotokoll kann nicht auf Version {version} aktualisiert werden: {reason}</translation>
        </message>
        <message>
            <source>the disk cannot be written to</source>
            <translation>auf die Festplatte kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>die Festplatte ist voll</translation>
        </message>
        <message>
            <source>the session log is damaged</source>
            <translation>das Sitzungsprotokoll ist beschädigt</translation>
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation>der Ordner ist schreibgeschützt</translation>
        </message>
        <message>
            <source>the session log file is read-only</source>
            <translation>die Datei des Sitzungsprotokolls ist schreibgeschützt</translation>
        </message>
        <message>
            <source>the session log cannot be written</source>
            <translation>das Sitzungsprotokoll kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>another program is busy writing to the session log</source>
            <translation>ein anderes Programm schreibt gerade in das Sitzungsprotokoll</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>All routines</source>
            <translation>Alle Programme</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>nicht angegeben</translation>
        </message>
        <message>
            <source>{rating} ({anchor})</source>
            <translation>{rating} ({anchor})</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy, HH:mm</source>
            <comment>date and time format</comment>
            <translation>ddd, d. MMM yyyy, HH:mm</translation>
        </message>
        <message numerus="yes">
            <source>{name}: completed in {completed} of %n session(s) ({percent}), skipped in {skipped}</source>
            <translation>
                <numerusform>{name}: erledigt in {completed} von %n Sitzung ({percent}), ausgelassen in {skipped}</numerusform>
                <numerusform>{name}: erledigt in {completed} von %n Sitzungen ({percent}), ausgelassen in {skipped}</numerusform>
            </translation>
        </message>
        <message>
            <source>A practice run at {speed}× speed: its times are not real time, and it is left out of the calendar, the streaks and the adherence.</source>
            <translation>Ein Übungslauf mit {speed}-facher Geschwindigkeit: Seine Zeiten sind keine echten Zeiten, und er zählt nicht für Kalender, Serien und Therapietreue.</translation>
        </message>
        <message>
            <source>No sessions yet</source>
            <translation>Noch keine Sitzungen</translation>
        </message>
        <message>
            <source>Sessions you do appear here, with your pain ratings and notes,
so you and your physiotherapist can see how it is going.</source>
            <translation>Ihre Sitzungen erscheinen hier, mit Schmerzangaben und Notizen,
damit Sie und Ihre Physiotherapie sehen, wie es läuft.</translation>
        </message>
        <message>
            <source>←  Routines</source>
            <translation>←  Programme</translation>
        </message>
        <message>
            <source>Back to the routines (Esc)</source>
            <translation>Zurück zu den Programmen (Esc)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>{time} {event}: {detail}</source>
            <comment>a logged event</comment>
            <translation>{time} {event}: {detail}</translation>
        </message>
        <message>
            <source>{time} {event}</source>
            <comment>a logged event</comment>
            <translation>{time} {event}</translation>
        </message>
        <message numerus="yes">
            <source>Pain before and after, the last %n day(s)</source>
            <translation>
                <numerusform>Schmerz vorher und nachher, der letzte Tag</numerusform>
                <numerusform>Schmerz vorher und nachher, die letzten %n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>Pain before and after, {since} to {until}</source>
            <translation>Schmerz vorher und nachher, {since} bis {until}</translation>
        </message>
        <message numerus="yes">
            <source>Exercises completed, the last %n day(s)</source>
            <translation>
                <numerusform>Erledigte Übungen, der letzte Tag</numerusform>
                <numerusform>Erledigte Übungen, die letzten %n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>Exercises completed, {since} to {until}</source>
            <translation>Erledigte Übungen, {since} bis {until}</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the items of a list</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>{name}: {percent}</source>
            <comment>an exercise and its share</comment>
            <translation>{name}: {percent}</translation>
        </message>
        <message>
            <source>Share of its sessions in which each exercise was completed: {shares}.</source>
            <translation>Anteil der Sitzungen, in denen die Übung erledigt wurde: {shares}.</translation>
        </message>
        <message>
            <source>Save report (PDF)…</source>
            <translation>Bericht speichern (PDF)…</translation>
        </message>
        <message>
            <source>A PDF of these dates for your physiotherapist: adherence, calendar, pain, notes</source>
            <translation>Ein PDF dieses Zeitraums für Ihre Physiotherapie: Therapietreue, Kalender, Schmerz, Notizen</translation>
        </message>
        <message>
            <source>Writing… %p%</source>
            <translation>Schreibe… %p%</translation>
        </message>
        <message>
            <source>Writing the report; the page says when it is saved</source>
            <translation>Der Bericht wird geschrieben; die Seite meldet, wenn er gespeichert ist</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>CSV exportieren</translation>
        </message>
        <message>
            <source>The sessions shown, or their exercise results, for a spreadsheet</source>
            <translation>Die gezeigten Sitzungen oder ihre Übungsergebnisse, für eine Tabellenkalkulation</translation>
        </message>
        <message>
            <source>Sessions (one row each)…</source>
            <translation>Sitzungen (je eine Zeile)…</translation>
        </message>
        <message>
            <source>Exercise results (one row each)…</source>
            <translation>Übungsergebnisse (je eine Zeile)…</translation>
        </message>
        <message>
            <source>Delete session…</source>
            <translation>Sitzung löschen…</translation>
        </message>
        <message>
            <source>Delete the selected session (Delete key)</source>
            <translation>Die gewählte Sitzung löschen (Entf-Taste)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Von-Datum</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Bis-Datum</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>30 Tage</translation>
        </message>
        <message>
            <source>Since…</source>
            <translation>Seit…</translation>
        </message>
        <message>
            <source>All dates</source>
            <translation>Alle Tage</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>date field format</comment>
            <translation>d. MMM yyyy</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Close the notice</source>
            <translation>Hinweis schließen</translation>
        </message>
        <message>
            <source>Sessions, newest first</source>
            <translation>Sitzungen, neueste zuerst</translation>
        </message>
        <message>
            <source>Edit the note…</source>
            <translation>Notiz bearbeiten…</translation>
        </message>
        <message>
            <source>No sessions in these dates</source>
            <translation>Keine Sitzungen in diesem Zeitraum</translation>
        </message>
        <message>
            <source>●  exercised that day    ◯  today</source>
            <translation>●  an dem Tag geübt    ◯  heute</translation>
        </message>
        <message>
            <source>Pain before and after sessions</source>
            <translation>Schmerz vor und nach den Sitzungen</translation>
        </message>
        <message>
            <source>Exercises completed</source>
            <translation>Erledigte Übungen</translation>
        </message>
        <message>
            <source>Your history cannot be read</source>
            <translation>Ihr Verlauf kann nicht gelesen werden</translation>
        </message>
        <message numerus="yes">
            <source>Current streak: %n day(s)</source>
            <translation>
                <numerusform>Aktuelle Serie: %n Tag</numerusform>
                <numerusform>Aktuelle Serie: %n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>Up to yesterday: no session yet today.</source>
            <translation>Bis gestern: heute noch keine Sitzung.</translation>
        </message>
        <message numerus="yes">
            <source>Longest streak in these dates: %n day(s)</source>
            <translation>
                <numerusform>Längste Serie im Zeitraum: %n Tag</numerusform>
                <numerusform>Längste Serie im Zeitraum: %n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This week so far: {done} of %n session(s) ({percent})</source>
            <translation>
                <numerusform>Diese Woche bisher: {done} von %n Sitzung ({percent})</numerusform>
                <numerusform>Diese Woche bisher: {done} von %n Sitzungen ({percent})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In these dates: {percent} of the prescribed sessions ({done} of {prescribed} over %n week(s))</source>
            <translation>
                <numerusform>Im Zeitraum: {percent} der verordneten Sitzungen ({done} von {prescribed} in %n Woche)</numerusform>
                <numerusform>Im Zeitraum: {percent} der verordneten Sitzungen ({done} von {prescribed} in %n Wochen)</numerusform>
            </translation>
        </message>
        <message>
            <source>Prescribed: {per_week} a week ({routine_name}). Each week counts at most its prescribed sessions.</source>
            <translation>Verordnet: {per_week} pro Woche ({routine_name}). Jede Woche zählt höchstens ihre verordneten Sitzungen.</translation>
        </message>
        <message>
            <source>The note was not saved: {exc}</source>
            <translation>Die Notiz wurde nicht gespeichert: {exc}</translation>
        </message>
        <message>
            <source>Delete this session?</source>
            <translation>Diese Sitzung löschen?</translation>
        </message>
        <message>
            <source>Delete the session of {describe_session} ({routine_name})?</source>
            <translation>Die Sitzung vom {describe_session} ({routine_name}) löschen?</translation>
        </message>
        <message>
            <source>You can undo this straight after.</source>
            <translation>Sie können das gleich danach rückgängig machen.</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>Sitzung löschen</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>Deleted the session of {describe_session}.</source>
            <translation>Sitzung vom {describe_session} gelöscht.</translation>
        </message>
        <message>
            <source>No report was saved: {exc}.</source>
            <translation>Es wurde kein Bericht gespeichert: {exc}.</translation>
        </message>
        <message>
            <source>Save the report for your physiotherapist</source>
            <translation>Den Bericht für Ihre Physiotherapie speichern</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved the report: {path}</source>
            <translation>Bericht gespeichert: {path}</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>LanguageDialog</name>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>&amp;Language of Homestretch's window:</source>
            <translation>&amp;Sprache des Homestretch-Fensters:</translation>
        </message>
        <message>
            <source>The system's language ({language})</source>
            <translation>Sprache des Systems ({language})</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save and &amp;restart now</source>
            <translation>Speichern und jetzt &amp;neu starten</translation>
        </message>
        <message>
            <source>The routine's own words (names, steps) stay in the language it is written in.</source>
            <translation>Die Texte des Programms selbst (Namen, Schritte) bleiben in der Sprache, in der es geschrieben ist.</translation>
        </message>
        <message>
            <source>Homestretch shows the new language when you start it again. The routine's own words (names, steps) stay in the language it is written in.</source>
            <translation>Homestretch zeigt die neue Sprache beim nächsten Start. Die Texte des Programms selbst (Namen, Schritte) bleiben in der Sprache, in der es geschrieben ist.</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>English</source>
            <translation>Englisch (English)</translation>
        </message>
        <message>
            <source>German (Deutsch)</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>Dutch (Nederlands)</source>
            <translation>Niederländisch (Nederlands)</translation>
        </message>
        <message>
            <source>Simplified Chinese (简体中文)</source>
            <translation>Vereinfachtes Chinesisch (简体中文)</translation>
        </message>
    </context>
    <context>
        <name>LibraryProblems</name>
        <message>
            <source>{file} is a bundled routine and cannot be deleted</source>
            <translation>{file} ist ein mitgeliefertes Programm und kann nicht gelöscht werden</translation>
        </message>
        <message>
            <source>{file} is not in your routines folder ({folder})</source>
            <translation>{file} liegt nicht in Ihrem Ordner für Programme ({folder})</translation>
        </message>
    </context>
    <context>
        <name>ListButtons</name>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Hoch</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Runter</translation>
        </message>
        <message>
            <source>Move up (Alt+Up)</source>
            <translation>Nach oben (Alt+Pfeil hoch)</translation>
        </message>
        <message>
            <source>Move down (Alt+Down)</source>
            <translation>Nach unten (Alt+Pfeil runter)</translation>
        </message>
    </context>
    <context>
        <name>ListWords</name>
        <message>
            <source>Add step</source>
            <translation>Schritt hinzufügen</translation>
        </message>
        <message>
            <source>Remove the selected step</source>
            <translation>Ausgewählten Schritt entfernen</translation>
        </message>
        <message>
            <source>Move the selected step up</source>
            <translation>Ausgewählten Schritt nach oben verschieben</translation>
        </message>
        <message>
            <source>Move the selected step down</source>
            <translation>Ausgewählten Schritt nach unten verschieben</translation>
        </message>
        <message>
            <source>New step</source>
            <translation>Neuer Schritt</translation>
        </message>
        <message>
            <source>Add caution</source>
            <translation>Hinweis hinzufügen</translation>
        </message>
        <message>
            <source>Remove the selected caution</source>
            <translation>Ausgewählten Hinweis entfernen</translation>
        </message>
        <message>
            <source>Move the selected caution up</source>
            <translation>Ausgewählten Hinweis nach oben verschieben</translation>
        </message>
        <message>
            <source>Move the selected caution down</source>
            <translation>Ausgewählten Hinweis nach unten verschieben</translation>
        </message>
        <message>
            <source>New caution</source>
            <translation>Neuer Hinweis</translation>
        </message>
        <message>
            <source>Add phase</source>
            <translation>Phase hinzufügen</translation>
        </message>
        <message>
            <source>Remove the selected phase</source>
            <translation>Ausgewählte Phase entfernen</translation>
        </message>
        <message>
            <source>Move the selected phase up</source>
            <translation>Ausgewählte Phase nach oben verschieben</translation>
        </message>
        <message>
            <source>Move the selected phase down</source>
            <translation>Ausgewählte Phase nach unten verschieben</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Menu bar</source>
            <translation>Menüleiste</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Open routine file…</source>
            <translation>Programmdatei ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>&amp;Export routine…</source>
            <translation>Programm &amp;exportieren…</translation>
        </message>
        <message>
            <source>&amp;Print handout…</source>
            <translation>Merkblatt &amp;drucken…</translation>
        </message>
        <message>
            <source>Save &amp;handout as PDF…</source>
            <translation>&amp;Merkblatt als PDF speichern…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Pain {digit}</source>
            <translation>Schmerz {digit}</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Sitzung</translation>
        </message>
        <message>
            <source>Start / &amp;pause</source>
            <translation>Starten / &amp;anhalten</translation>
        </message>
        <message>
            <source>&amp;Previous exercise</source>
            <translation>&amp;Vorige Übung</translation>
        </message>
        <message>
            <source>&amp;Next exercise</source>
            <translation>&amp;Nächste Übung</translation>
        </message>
        <message>
            <source>&amp;Stop…</source>
            <translation>&amp;Beenden…</translation>
        </message>
        <message>
            <source>&amp;Continue anyway (after advice to stop)</source>
            <translation>&amp;Trotzdem weiter (nach Rat aufzuhören)</translation>
        </message>
        <message>
            <source>&amp;End the session (after advice to stop)</source>
            <translation>Sitzung b&amp;eenden (nach Rat aufzuhören)</translation>
        </message>
        <message>
            <source>&amp;Mute</source>
            <translation>&amp;Stumm</translation>
        </message>
        <message>
            <source>&amp;Back to routines</source>
            <translation>&amp;Zurück zu den Programmen</translation>
        </message>
        <message>
            <source>Go on</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <source>&amp;Full screen</source>
            <translation>&amp;Vollbild</translation>
        </message>
        <message>
            <source>&amp;Reduce motion (still pictures)</source>
            <translation>&amp;Weniger Bewegung (Standbilder)</translation>
        </message>
        <message>
            <source>S&amp;ettings</source>
            <translation>&amp;Einstellungen</translation>
        </message>
        <message>
            <source>Spoken &amp;instructions</source>
            <translation>Gesprochene &amp;Anleitung</translation>
        </message>
        <message>
            <source>&amp;Full instructions</source>
            <translation>&amp;Vollständige Anleitung</translation>
        </message>
        <message>
            <source>&amp;Counts and sides only</source>
            <translation>Nur &amp;Zählen und Seiten</translation>
        </message>
        <message>
            <source>&amp;Off</source>
            <translation>&amp;Aus</translation>
        </message>
        <message>
            <source>&amp;Sounds</source>
            <translation>&amp;Töne</translation>
        </message>
        <message>
            <source>&amp;Countdown ticks in the last 3 seconds</source>
            <translation>&amp;Ticken in den letzten 3 Sekunden</translation>
        </message>
        <message>
            <source>&amp;Side switch</source>
            <translation>&amp;Seitenwechsel</translation>
        </message>
        <message>
            <source>&amp;End of session</source>
            <translation>Sitzungs&amp;ende</translation>
        </message>
        <message>
            <source>&amp;Voice, speed and volume…</source>
            <translation>&amp;Stimme, Tempo und Lautstärke…</translation>
        </message>
        <message>
            <source>&amp;Language…</source>
            <translation>S&amp;prache…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Keyboard keys…</source>
            <translation>&amp;Tastenkürzel…</translation>
        </message>
        <message>
            <source>The &amp;routine file format…</source>
            <translation>Format der &amp;Programmdateien…</translation>
        </message>
        <message>
            <source>Your &amp;data folder…</source>
            <translation>Ihr &amp;Datenordner…</translation>
        </message>
        <message>
            <source>&amp;About Homestretch…</source>
            <translation>&amp;Über Homestretch…</translation>
        </message>
        <message>
            <source>This routine cannot be duplicated</source>
            <translation>Dieses Programm kann nicht dupliziert werden</translation>
        </message>
        <message>
            <source>The copy could not be saved</source>
            <translation>Die Kopie konnte nicht gespeichert werden</translation>
        </message>
        <message>
            <source>This routine is open in the editor</source>
            <translation>Dieses Programm ist im Editor geöffnet</translation>
        </message>
        <message>
            <source>Close the editor first, then delete the routine.</source>
            <translation>Schließen Sie zuerst den Editor und löschen Sie dann das Programm.</translation>
        </message>
        <message>
            <source>This routine could not be deleted</source>
            <translation>Dieses Programm konnte nicht gelöscht werden</translation>
        </message>
        <message>
            <source>The routine could not be put back</source>
            <translation>Das Programm konnte nicht zurückgeholt werden</translation>
        </message>
        <message>
            <source>Open a routine file</source>
            <translation>Programmdatei öffnen</translation>
        </message>
        <message>
            <source>Routines (*.yaml *.yml *.homestretch)</source>
            <translation>Programme (*.yaml *.yml *.homestretch)</translation>
        </message>
        <message>
            <source>“{name}” is already among your routines</source>
            <translation>„{name}“ ist schon unter Ihren Programmen</translation>
        </message>
        <message>
            <source>You added a routine from a file named “{name}” before. Replace it with this one, or keep both?</source>
            <translation>Sie haben schon ein Programm aus einer Datei namens „{name}“ hinzugefügt. Durch dieses ersetzen oder beide behalten?</translation>
        </message>
        <message>
            <source>The one you have is in {taken}. Keep both adds this one with a number after its name, as “{kept}”.</source>
            <translation>Das vorhandene liegt in {taken}. „Beide behalten“ fügt dieses mit einer Nummer hinter dem Namen hinzu, als „{kept}“.</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ersetzen</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Beide behalten</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>“{name}” could not be added</source>
            <translation>„{name}“ konnte nicht hinzugefügt werden</translation>
        </message>
        <message>
            <source>It could not be copied into {user_routines_dir}: {value}</source>
            <translation>Es konnte nicht nach {user_routines_dir} kopiert werden: {value}</translation>
        </message>
        <message>
            <source>“{name}” cannot be used</source>
            <translation>„{name}“ kann nicht verwendet werden</translation>
        </message>
        <message numerus="yes">
            <source>This routine file has %n problem(s):</source>
            <translation>
                <numerusform>Diese Programmdatei hat %n Fehler:</numerusform>
                <numerusform>Diese Programmdatei hat %n Fehler:</numerusform>
            </translation>
        </message>
        <message>
            <source>“{name}” cannot be started</source>
            <translation>„{name}“ kann nicht gestartet werden</translation>
        </message>
        <message>
            <source>Its session cannot be made: {reason}</source>
            <translation>Die Sitzung kann nicht erstellt werden: {reason}</translation>
        </message>
        <message>
            <source>Trying it: {speed}× faster, silent</source>
            <translation>Probelauf: {speed}× schneller, stumm</translation>
        </message>
        <message>
            <source>{trying}, not logged</source>
            <translation>{trying}, nicht protokolliert</translation>
        </message>
        <message>
            <source>{trying}; the patient hears “{words}”</source>
            <translation>{trying}; der Patient hört „{words}“</translation>
        </message>
        <message>
            <source>Stop this session?</source>
            <translation>Diese Sitzung beenden?</translation>
        </message>
        <message>
            <source>Stop this session? What you have done so far is saved.</source>
            <translation>Diese Sitzung beenden? Was Sie bisher gemacht haben, wird gespeichert.</translation>
        </message>
        <message>
            <source>Stop the session</source>
            <translation>Sitzung beenden</translation>
        </message>
        <message>
            <source>Keep going</source>
            <translation>Weitermachen</translation>
        </message>
        <message>
            <source>A try-out from the editor: not logged.</source>
            <translation>Ein Probelauf aus dem Editor: nicht protokolliert.</translation>
        </message>
        <message>
            <source>Not saved: the session log is unavailable.</source>
            <translation>Nicht gespeichert: Das Sitzungsprotokoll ist nicht verfügbar.</translation>
        </message>
        <message>
            <source>Not all of it could be saved yet: {reason}.</source>
            <translation>Noch nicht alles konnte gespeichert werden: {reason}.</translation>
        </message>
        <message>
            <source>Saved in your history.</source>
            <translation>In Ihrem Verlauf gespeichert.</translation>
        </message>
        <message>
            <source>This session cannot be saved: {reason}{where}. Carry on: Homestretch keeps trying, and saves it as soon as it can.</source>
            <translation>Diese Sitzung kann nicht gespeichert werden: {reason}{where}. Machen Sie weiter: Homestretch versucht es weiter und speichert sie, sobald es geht.</translation>
        </message>
        <message>
            <source>Settings cannot be saved in {config_dir}: {strerror}</source>
            <translation>Einstellungen können nicht in {config_dir} gespeichert werden: {strerror}</translation>
        </message>
        <message>
            <source>This routine cannot be edited</source>
            <translation>Dieses Programm kann nicht bearbeitet werden</translation>
        </message>
    </context>
    <context>
        <name>MonthGrid</name>
        <message>
            <source>Mo</source>
            <comment>Monday</comment>
            <translation>Mo</translation>
        </message>
        <message>
            <source>Tu</source>
            <comment>Tuesday</comment>
            <translation>Di</translation>
        </message>
        <message>
            <source>We</source>
            <comment>Wednesday</comment>
            <translation>Mi</translation>
        </message>
        <message>
            <source>Th</source>
            <comment>Thursday</comment>
            <translation>Do</translation>
        </message>
        <message>
            <source>Fr</source>
            <comment>Friday</comment>
            <translation>Fr</translation>
        </message>
        <message>
            <source>Sa</source>
            <comment>Saturday</comment>
            <translation>Sa</translation>
        </message>
        <message>
            <source>Su</source>
            <comment>Sunday</comment>
            <translation>So</translation>
        </message>
        <message numerus="yes">
            <source>{month}: exercised on %n day(s)</source>
            <translation>
                <numerusform>{month}: an %n Tag geübt</numerusform>
                <numerusform>{month}: an %n Tagen geübt</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the day numbers of a list</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Days with a session: {days}</source>
            <translation>Tage mit einer Sitzung: {days}</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <comment>month heading format</comment>
            <translation>MMMM yyyy</translation>
        </message>
        <message numerus="yes">
            <source>{day}: %n session(s)</source>
            <translation>
                <numerusform>{day}: %n Sitzung</numerusform>
                <numerusform>{day}: %n Sitzungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PackageProblems</name>
        <message>
            <source>{file} is damaged or incomplete (it is not a whole .homestretch file)</source>
            <translation>{file} ist beschädigt oder unvollständig (keine ganze .homestretch-Datei)</translation>
        </message>
        <message>
            <source>{file} and its pictures add up to {size}; a shared routine may hold at most {limit}</source>
            <translation>{file} und seine Bilder sind zusammen {size} groß; ein geteiltes Programm darf höchstens {limit} enthalten</translation>
        </message>
        <message>
            <source>{file} holds '{name}', a link to another file; a shared routine holds only files</source>
            <translation>{file} enthält '{name}', einen Verweis auf eine andere Datei; ein geteiltes Programm enthält nur Dateien</translation>
        </message>
        <message>
            <source>{file} holds two files named '{name}'; the file is refused as unsafe</source>
            <translation>{file} enthält zwei Dateien namens '{name}'; die Datei wird als unsicher abgelehnt</translation>
        </message>
        <message>
            <source>{file} holds '{name}' encrypted; Homestretch cannot open it</source>
            <translation>{file} enthält '{name}' verschlüsselt; Homestretch kann es nicht öffnen</translation>
        </message>
        <message>
            <source>{file} holds '{name}' packed in a way Homestretch does not read (method {method}); only stored and deflated files are read</source>
            <translation>{file} enthält '{name}' in einer Packart, die Homestretch nicht liest (Methode {method}); gelesen werden nur ungepackte und mit Deflate gepackte Dateien</translation>
        </message>
        <message>
            <source>{file} holds '{name}' of {size}; at most {limit} is allowed</source>
            <translation>{file} enthält '{name}' mit {size}; erlaubt sind höchstens {limit}</translation>
        </message>
        <message>
            <source>{file} holds '{name}', which would unpack to {ratio} times its packed size; no routine or picture shrinks that much, so the file is refused as unsafe</source>
            <translation>{file} enthält '{name}', das entpackt {ratio}-mal so groß wäre wie gepackt; kein Programm und kein Bild lässt sich so stark verkleinern, daher wird die Datei als unsicher abgelehnt</translation>
        </message>
        <message>
            <source>{file} would unpack to more than {limit}, more than a shared routine may hold</source>
            <translation>{file} wäre entpackt größer als {limit}, mehr als ein geteiltes Programm enthalten darf</translation>
        </message>
        <message>
            <source>{file} holds '{name}' both as a file and as a folder</source>
            <translation>{file} enthält '{name}' zugleich als Datei und als Ordner</translation>
        </message>
        <message>
            <source>{file} holds more files or data than a routine can have (it is a zip64 archive)</source>
            <translation>{file} enthält mehr Dateien oder Daten, als ein Programm haben kann (es ist ein zip64-Archiv)</translation>
        </message>
        <message numerus="yes">
            <source>{file} holds %n file(s); a shared routine holds at most {limit}</source>
            <translation>
                <numerusform>{file} enthält %n Datei; ein geteiltes Programm enthält höchstens {limit}</numerusform>
                <numerusform>{file} enthält %n Dateien; ein geteiltes Programm enthält höchstens {limit}</numerusform>
            </translation>
        </message>
        <message>
            <source>{file} holds '{name}', which is not a plain file or folder</source>
            <translation>{file} enthält '{name}', das weder eine normale Datei noch ein Ordner ist</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', which has no name; the file is refused as unsafe</source>
            <translation>{file} enthält eine Datei namens '{name}', die keinen Namen hat; die Datei wird als unsicher abgelehnt</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', an absolute path, which would land outside the routine's folder; the file is refused as unsafe</source>
            <translation>{file} enthält eine Datei namens '{name}', einen absoluten Pfad, der außerhalb des Ordners des Programms landen würde; die Datei wird als unsicher abgelehnt</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', which holds invisible or control characters; the file is refused as unsafe</source>
            <translation>{file} enthält eine Datei namens '{name}' mit unsichtbaren oder Steuerzeichen; die Datei wird als unsicher abgelehnt</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', which starts with a drive letter, so it would land outside the folder; the file is refused as unsafe</source>
            <translation>{file} enthält eine Datei namens '{name}', die mit einem Laufwerksbuchstaben beginnt und daher außerhalb des Ordners landen würde; die Datei wird als unsicher abgelehnt</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', which holds a backslash (a Windows path, which could lead outside); the file is refused as unsafe</source>
            <translation>{file} enthält eine Datei namens '{name}' mit einem umgekehrten Schrägstrich (ein Windows-Pfad, der nach außerhalb führen könnte); die Datei wird als unsicher abgelehnt</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', which holds '{char}', a character not every system allows in a file name; the file is refused as unsafe</source>
            <translation>{file} enthält eine Datei namens '{name}' mit '{char}', einem Zeichen, das nicht jedes System in Dateinamen erlaubt; die Datei wird als unsicher abgelehnt</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', a path that leads outside the routine's folder; the file is refused as unsafe</source>
            <translation>{file} enthält eine Datei namens '{name}', einen Pfad, der aus dem Ordner des Programms hinausführt; die Datei wird als unsicher abgelehnt</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', which is not a name a file can have everywhere; the file is refused as unsafe</source>
            <translation>{file} enthält eine Datei namens '{name}', ein Name, den eine Datei nicht überall haben kann; die Datei wird als unsicher abgelehnt</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', which has no name; rename that file (and the reference to it)</source>
            <translation>{file} kann nicht geteilt werden: es nennt eine Datei '{name}', die keinen Namen hat; benennen Sie diese Datei um (und den Verweis darauf)</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', an absolute path, which would land outside the routine's folder; rename that file (and the reference to it)</source>
            <translation>{file} kann nicht geteilt werden: es nennt eine Datei '{name}', einen absoluten Pfad, der außerhalb des Ordners des Programms landen würde; benennen Sie diese Datei um (und den Verweis darauf)</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', which holds invisible or control characters; rename that file (and the reference to it)</source>
            <translation>{file} kann nicht geteilt werden: es nennt eine Datei '{name}' mit unsichtbaren oder Steuerzeichen; benennen Sie diese Datei um (und den Verweis darauf)</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', which starts with a drive letter, so it would land outside the folder; rename that file (and the reference to it)</source>
            <translation>{file} kann nicht geteilt werden: es nennt eine Datei '{name}', die mit einem Laufwerksbuchstaben beginnt und daher außerhalb des Ordners landen würde; benennen Sie diese Datei um (und den Verweis darauf)</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', which holds a backslash (a Windows path, which could lead outside); rename that file (and the reference to it)</source>
            <translation>{file} kann nicht geteilt werden: es nennt eine Datei '{name}' mit einem umgekehrten Schrägstrich (ein Windows-Pfad, der nach außerhalb führen könnte); benennen Sie diese Datei um (und den Verweis darauf)</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', which holds '{char}', a character not every system allows in a file name; rename that file (and the reference to it)</source>
            <translation>{file} kann nicht geteilt werden: es nennt eine Datei '{name}' mit '{char}', einem Zeichen, das nicht jedes System in Dateinamen erlaubt; benennen Sie diese Datei um (und den Verweis darauf)</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', a path that leads outside the routine's folder; rename that file (and the reference to it)</source>
            <translation>{file} kann nicht geteilt werden: es nennt eine Datei '{name}', einen Pfad, der aus dem Ordner des Programms hinausführt; benennen Sie diese Datei um (und den Verweis darauf)</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', which is not a name a file can have everywhere; rename that file (and the reference to it)</source>
            <translation>{file} kann nicht geteilt werden: es nennt eine Datei '{name}', ein Name, den eine Datei nicht überall haben kann; benennen Sie diese Datei um (und den Verweis darauf)</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', which starts with a dot; rename that file (and the reference to it)</source>
            <translation>{file} kann nicht geteilt werden: es nennt eine Datei '{name}', die mit einem Punkt beginnt; benennen Sie diese Datei um (und den Verweis darauf)</translation>
        </message>
        <message>
            <source>{file} holds '{name}', which is neither a routine nor a picture; a shared routine holds only {kinds} files, so the file is refused</source>
            <translation>{file} enthält '{name}', das weder ein Programm noch ein Bild ist; ein geteiltes Programm enthält nur Dateien vom Typ {kinds}, daher wird die Datei abgelehnt</translation>
        </message>
        <message>
            <source>{file} is damaged: '{name}' in it cannot be unpacked whole</source>
            <translation>{file} ist beschädigt: '{name}' darin lässt sich nicht vollständig entpacken</translation>
        </message>
        <message>
            <source>{file} is damaged: '{name}' is not the size the archive says</source>
            <translation>{file} ist beschädigt: '{name}' hat nicht die Größe, die das Archiv angibt</translation>
        </message>
        <message>
            <source>{file} is not a Homestretch routine file (it has no {manifest})</source>
            <translation>{file} ist keine Programmdatei von Homestretch (sie hat kein {manifest})</translation>
        </message>
        <message>
            <source>{file} holds '{name}', which its manifest does not list</source>
            <translation>{file} enthält '{name}', das in seinem Manifest nicht aufgeführt ist</translation>
        </message>
        <message>
            <source>{file} is damaged or incomplete (it is not a whole .homestretch file): '{name}' is missing from it</source>
            <translation>{file} ist beschädigt oder unvollständig (keine ganze .homestretch-Datei): '{name}' fehlt darin</translation>
        </message>
        <message>
            <source>{file} is damaged: '{name}' is not what its manifest says</source>
            <translation>{file} ist beschädigt: '{name}' ist nicht das, was sein Manifest angibt</translation>
        </message>
        <message>
            <source>{file} is damaged: its {manifest} is not one Homestretch can read</source>
            <translation>{file} ist beschädigt: sein {manifest} kann Homestretch nicht lesen</translation>
        </message>
        <message>
            <source>{file} is not a Homestretch routine file (its manifest says otherwise)</source>
            <translation>{file} ist keine Programmdatei von Homestretch (sein Manifest sagt etwas anderes)</translation>
        </message>
        <message>
            <source>{file} was made by a newer version of Homestretch ({made_by}), in file format {format}; this version ({version}) reads format {known} and older. Update Homestretch to open it</source>
            <translation>{file} wurde von einer neueren Version von Homestretch ({made_by}) im Dateiformat {format} erstellt; diese Version ({version}) liest Format {known} und ältere. Aktualisieren Sie Homestretch, um die Datei zu öffnen</translation>
        </message>
        <message>
            <source>{file} was made by a newer version of Homestretch, in file format {format}; this version ({version}) reads format {known} and older. Update Homestretch to open it</source>
            <translation>{file} wurde von einer neueren Version von Homestretch im Dateiformat {format} erstellt; diese Version ({version}) liest Format {known} und ältere. Aktualisieren Sie Homestretch, um die Datei zu öffnen</translation>
        </message>
        <message>
            <source>{file} is damaged: its routine '{name}' is not a routine file's name</source>
            <translation>{file} ist beschädigt: sein Programm '{name}' ist kein Name einer Programmdatei</translation>
        </message>
        <message>
            <source>{file} is damaged or incomplete (it is not a whole .homestretch file): its routine '{name}' is missing from it</source>
            <translation>{file} ist beschädigt oder unvollständig (keine ganze .homestretch-Datei): sein Programm '{name}' fehlt darin</translation>
        </message>
    </context>
    <context>
        <name>PainMap</name>
        <message>
            <source>Body map: where does it hurt</source>
            <translation>Körperkarte: Wo tut es weh</translation>
        </message>
        <message>
            <source>Arrow keys go from area to area; Space marks or clears one.</source>
            <translation>Mit den Pfeiltasten geht es von Bereich zu Bereich; die Leertaste markiert einen Bereich oder hebt die Markierung auf.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Rücken</translation>
        </message>
        <message>
            <source>Front</source>
            <translation>Vorne</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Links</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Rechts</translation>
        </message>
    </context>
    <context>
        <name>PainMapDialog</name>
        <message>
            <source>Point at an area to see its name.</source>
            <translation>Zeigen Sie auf einen Bereich, um seinen Namen zu sehen.</translation>
        </message>
        <message>
            <source>Where does it hurt?</source>
            <translation>Wo tut es weh?</translation>
        </message>
        <message>
            <source>Click the areas that hurt; click again to clear one. (Or: arrow keys, then Space.)</source>
            <translation>Klicken Sie die schmerzenden Bereiche an; erneut klicken hebt die Markierung auf. (Oder: Pfeiltasten, dann Leertaste.)</translation>
        </message>
        <message>
            <source>{area}: marked</source>
            <translation>{area}: markiert</translation>
        </message>
        <message>
            <source>{area}: not marked</source>
            <translation>{area}: nicht markiert</translation>
        </message>
    </context>
    <context>
        <name>PainScale</name>
        <message>
            <source>0 is {none}, 10 is {worst}</source>
            <translation>0 bedeutet {none}, 10 bedeutet {worst}</translation>
        </message>
        <message>
            <source>Pain {rating} of 10: {words}</source>
            <translation>Schmerz {rating} von 10: {words}</translation>
        </message>
        <message>
            <source>Pain {rating} of 10</source>
            <translation>Schmerz {rating} von 10</translation>
        </message>
        <message>
            <source>Press a number key (1 then 0 for 10), or leave it out.</source>
            <translation>Drücken Sie eine Zifferntaste (1, dann 0 für 10) oder lassen Sie es aus.</translation>
        </message>
        <message>
            <source>Where it hurts: {words}.</source>
            <translation>Wo es wehtut: {words}.</translation>
        </message>
    </context>
    <context>
        <name>PictureField</name>
        <message>
            <source>No picture</source>
            <translation>Kein Bild</translation>
        </message>
        <message>
            <source>Choose a picture file…</source>
            <translation>Bilddatei wählen…</translation>
        </message>
        <message>
            <source>Figure: {figure_words}</source>
            <translation>Figur: {figure_words}</translation>
        </message>
        <message>
            <source>Your picture: {name}</source>
            <translation>Ihr Bild: {name}</translation>
        </message>
        <message>
            <source>Choose a picture for this exercise</source>
            <translation>Ein Bild für diese Übung wählen</translation>
        </message>
        <message>
            <source>Pictures ({suffixes})</source>
            <translation>Bilder ({suffixes})</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Preview of “{name}”</source>
            <translation>Vorschau von „{name}“</translation>
        </message>
        <message>
            <source>The session, segment by segment</source>
            <translation>Die Sitzung, Abschnitt für Abschnitt</translation>
        </message>
    </context>
    <context>
        <name>ReminderSettingsDialog</name>
        <message>
            <source>&amp;Mon</source>
            <translation>&amp;Mo</translation>
        </message>
        <message>
            <source>&amp;Tue</source>
            <translation>&amp;Di</translation>
        </message>
        <message>
            <source>&amp;Wed</source>
            <translation>M&amp;i</translation>
        </message>
        <message>
            <source>T&amp;hu</source>
            <translation>D&amp;o</translation>
        </message>
        <message>
            <source>&amp;Fri</source>
            <translation>&amp;Fr</translation>
        </message>
        <message>
            <source>S&amp;at</source>
            <translation>S&amp;a</translation>
        </message>
        <message>
            <source>S&amp;un</source>
            <translation>S&amp;o</translation>
        </message>
        <message>
            <source>Write at least one time, such as 10:00.</source>
            <translation>Geben Sie mindestens eine Uhrzeit ein, zum Beispiel 10:00.</translation>
        </message>
        <message numerus="yes">
            <source>At most %n time(s) a day.</source>
            <translation>
                <numerusform>Höchstens %n Uhrzeit am Tag.</numerusform>
                <numerusform>Höchstens %n Uhrzeiten am Tag.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{word}” is not a time of day (write it as 10:00 or 18:30).</source>
            <translation>„{word}“ ist keine Uhrzeit (schreiben Sie sie wie 10:00 oder 18:30).</translation>
        </message>
        <message>
            <source>A time is written twice.</source>
            <translation>Eine Uhrzeit ist doppelt angegeben.</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Erinnerungen</translation>
        </message>
        <message>
            <source>&amp;Remind me to do my exercises</source>
            <translation>An meine Übungen &amp;erinnern</translation>
        </message>
        <message>
            <source>R&amp;outine</source>
            <translation>&amp;Programm</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>T&amp;imes of day (24-hour, separated by commas)</source>
            <translation>&amp;Uhrzeiten (24 Stunden, durch Kommas getrennt)</translation>
        </message>
        <message>
            <source>Times of day</source>
            <translation>Uhrzeiten</translation>
        </message>
        <message>
            <source>Use the &amp;suggested days and times</source>
            <translation>&amp;Vorgeschlagene Tage und Zeiten verwenden</translation>
        </message>
        <message>
            <source>S&amp;nooze for (minutes)</source>
            <translation>&amp;Schlummern für (Minuten)</translation>
        </message>
        <message>
            <source>Snooze for (minutes)</source>
            <translation>Schlummern für (Minuten)</translation>
        </message>
        <message>
            <source>Start Homestretch in the tray when I &amp;log in</source>
            <translation>Homestretch beim &amp;Anmelden im Infobereich starten</translation>
        </message>
        <message>
            <source>For {sessions_per_week} sessions a week: {describe_days} at {describe_times}.</source>
            <translation>Für {sessions_per_week} Sitzungen pro Woche: {describe_days} um {describe_times}.</translation>
        </message>
        <message>
            <source>Choose at least one day.</source>
            <translation>Wählen Sie mindestens einen Tag.</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Time for your exercises</source>
            <translation>Zeit für Ihre Übungen</translation>
        </message>
        <message>
            <source>Homestretch keeps running in the tray to remind you. To end it, choose Quit in its tray menu.</source>
            <translation>Homestretch läuft im Infobereich weiter, um Sie zu erinnern. Zum Beenden wählen Sie „Beenden“ in seinem Menü dort.</translation>
        </message>
        <message>
            <source>No reminder planned</source>
            <translation>Keine Erinnerung geplant</translation>
        </message>
        <message>
            <source>&amp;Open Homestretch</source>
            <translation>Homestretch ö&amp;ffnen</translation>
        </message>
        <message>
            <source>&amp;Start session</source>
            <translation>Sitzung &amp;starten</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Reminders…</source>
            <translation>&amp;Erinnerungen…</translation>
        </message>
        <message>
            <source>Homestretch cannot be set to start at login ({value}): {value2}</source>
            <translation>Homestretch kann nicht für den Start beim Anmelden eingerichtet werden ({value}): {value2}</translation>
        </message>
        <message>
            <source>No system tray was found: reminders come only while the Homestretch window is open, and closing it ends Homestretch.</source>
            <translation>Kein Infobereich gefunden: Erinnerungen kommen nur, solange das Homestretch-Fenster offen ist, und Schließen beendet Homestretch.</translation>
        </message>
        <message>
            <source>While reminders are on, closing the window keeps Homestretch in the tray.</source>
            <translation>Solange Erinnerungen an sind, bleibt Homestretch nach dem Schließen des Fensters im Infobereich.</translation>
        </message>
        <message>
            <source>No notification service was found: a reminder shows as a message from the tray icon.</source>
            <translation>Kein Benachrichtigungsdienst gefunden: Eine Erinnerung erscheint als Meldung am Symbol im Infobereich.</translation>
        </message>
        <message>
            <source>No notification service was found: a reminder shows in the window.</source>
            <translation>Kein Benachrichtigungsdienst gefunden: Eine Erinnerung erscheint im Fenster.</translation>
        </message>
        <message>
            <source>Reminders come as desktop notifications with a button to start.</source>
            <translation>Erinnerungen kommen als Desktop-Benachrichtigung mit einer Schaltfläche zum Starten.</translation>
        </message>
        <message>
            <source>{how} {where}</source>
            <comment>how reminders come, then where</comment>
            <translation>{how} {where}</translation>
        </message>
        <message>
            <source>your routine</source>
            <translation>Ihr Programm</translation>
        </message>
        <message>
            <source>{routine}: your {time} reminder.</source>
            <translation>{routine}: Ihre Erinnerung um {time}.</translation>
        </message>
        <message>
            <source>Snooze {minutes} min</source>
            <translation>{minutes} Min. später</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Jetzt starten</translation>
        </message>
        <message>
            <source>{text} Click here to start.</source>
            <translation>{text} Zum Starten hier klicken.</translation>
        </message>
        <message>
            <source>{SUMMARY}. {text} Press Space to start.</source>
            <translation>{SUMMARY}. {text} Starten mit der Leertaste.</translation>
        </message>
        <message>
            <source>Next reminder: today at {time}</source>
            <translation>Nächste Erinnerung: heute um {time}</translation>
        </message>
        <message>
            <source>Next reminder: tomorrow at {time}</source>
            <translation>Nächste Erinnerung: morgen um {time}</translation>
        </message>
        <message>
            <source>Next reminder: {day} at {time}</source>
            <translation>Nächste Erinnerung: {day} um {time}</translation>
        </message>
        <message>
            <source>every day</source>
            <translation>jeden Tag</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the days in a list</comment>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Pain before and after</source>
            <translation>Schmerz vorher und nachher</translation>
        </message>
        <message>
            <source>Pain before and after (weekly average)</source>
            <translation>Schmerz vorher und nachher (Wochendurchschnitt)</translation>
        </message>
        <message>
            <source>Share of sessions in which each exercise was completed</source>
            <translation>Anteil der Sitzungen, in denen die Übung erledigt wurde</translation>
        </message>
        <message numerus="yes">
            <source>{since} to {until} (%n day(s))</source>
            <translation>
                <numerusform>{since} bis {until} (%n Tag)</numerusform>
                <numerusform>{since} bis {until} (%n Tage)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>Period: {period}, from the first session on {first}</source>
            <translation>Zeitraum: {period}, ab der ersten Sitzung am {first}</translation>
        </message>
        <message>
            <source>Period: {period}</source>
            <translation>Zeitraum: {period}</translation>
        </message>
        <message>
            <source>{app} exercise report</source>
            <translation>{app}-Übungsbericht</translation>
        </message>
        <message numerus="yes">
            <source>{routine} (%n session(s), {per_week} a week prescribed)</source>
            <translation>
                <numerusform>{routine} (%n Sitzung, {per_week} pro Woche verordnet)</numerusform>
                <numerusform>{routine} (%n Sitzungen, {per_week} pro Woche verordnet)</numerusform>
            </translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the items of a list</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>Routine: {routines}</source>
            <translation>Programm: {routines}</translation>
        </message>
        <message>
            <source>Routines: {routines}</source>
            <translation>Programme: {routines}</translation>
        </message>
        <message>
            <source>Prepared on {day} by {app} {version} from the session log kept on the patient's computer. Days are the patient's local calendar days.</source>
            <translation>Erstellt am {day} von {app} {version} aus dem Sitzungsprotokoll auf dem Computer des Patienten. Tage sind die örtlichen Kalendertage des Patienten.</translation>
        </message>
        <message>
            <source>Adherence</source>
            <translation>Therapietreue</translation>
        </message>
        <message>
            <source>No sessions were logged in this period.</source>
            <translation>In diesem Zeitraum wurden keine Sitzungen aufgezeichnet.</translation>
        </message>
        <message numerus="yes">
            <source>{adherence}: {done} of {prescribed} prescribed sessions ({per_week} a week over %n week(s), a partial week its share; each week counts up to its prescription)</source>
            <translation>
                <numerusform>{adherence}: {done} von {prescribed} verordneten Sitzungen ({per_week} pro Woche über %n Woche, eine angebrochene Woche anteilig; jede Woche zählt bis zu ihrer Verordnung)</numerusform>
                <numerusform>{adherence}: {done} von {prescribed} verordneten Sitzungen ({per_week} pro Woche über %n Wochen, eine angebrochene Woche anteilig; jede Woche zählt bis zu ihrer Verordnung)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{adherence}: {done} of {prescribed} prescribed sessions ({per_week} a week over %n week(s); each week counts up to its prescription)</source>
            <translation>
                <numerusform>{adherence}: {done} von {prescribed} verordneten Sitzungen ({per_week} pro Woche über %n Woche; jede Woche zählt bis zu ihrer Verordnung)</numerusform>
                <numerusform>{adherence}: {done} von {prescribed} verordneten Sitzungen ({per_week} pro Woche über %n Wochen; jede Woche zählt bis zu ihrer Verordnung)</numerusform>
            </translation>
        </message>
        <message>
            <source>Overall adherence</source>
            <translation>Therapietreue insgesamt</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sitzungen</translation>
        </message>
        <message numerus="yes">
            <source>{logged} logged: {completed} completed, {skipping} finished with exercises skipped, {stopped} stopped early, {interrupted} interrupted; {counted} with at least one exercise completed (these count, at most %n session(s) a day)</source>
            <translation>
                <numerusform>{logged} aufgezeichnet: {completed} vollständig, {skipping} mit übersprungenen Übungen beendet, {stopped} vorzeitig gestoppt, {interrupted} unterbrochen; {counted} mit mindestens einer erledigten Übung (diese zählen, höchstens %n Sitzung pro Tag)</numerusform>
                <numerusform>{logged} aufgezeichnet: {completed} vollständig, {skipping} mit übersprungenen Übungen beendet, {stopped} vorzeitig gestoppt, {interrupted} unterbrochen; {counted} mit mindestens einer erledigten Übung (diese zählen, höchstens %n Sitzungen pro Tag)</numerusform>
            </translation>
        </message>
        <message>
            <source>Days exercised</source>
            <translation>Trainingstage</translation>
        </message>
        <message>
            <source>{exercised} of {days}; longest run {longest}; current run {current} (on {day})</source>
            <translation>{exercised} von {days}; längste Serie {longest}; aktuelle Serie {current} (am {day})</translation>
        </message>
        <message>
            <source>Pain (0-10)</source>
            <translation>Schmerz (0-10)</translation>
        </message>
        <message>
            <source>Stop-rule warnings</source>
            <translation>Warnungen der Abbruchregel</translation>
        </message>
        <message>
            <source>{count} (listed below)</source>
            <translation>{count} (unten aufgeführt)</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} bis {last}</translation>
        </message>
        <message>
            <source>{first} to {last} *</source>
            <comment>a partial week</comment>
            <translation>{first} bis {last} *</translation>
        </message>
        <message>
            <source>Week by week</source>
            <translation>Woche für Woche</translation>
        </message>
        <message>
            <source>Week (Monday to Sunday)</source>
            <translation>Woche (Montag bis Sonntag)</translation>
        </message>
        <message>
            <source>Sessions that count</source>
            <translation>Zählende Sitzungen</translation>
        </message>
        <message>
            <source>Prescribed</source>
            <translation>Verordnet</translation>
        </message>
        <message>
            <source>* Part of the week lies outside the period: it is prescribed its share of the week's sessions, rounded.</source>
            <translation>* Ein Teil der Woche liegt außerhalb des Zeitraums: Verordnet ist der entsprechende Anteil der Sitzungen der Woche, gerundet.</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>A green day had at least one session that counts (at least one exercise completed); the small figure is how many. Days in grey are outside the period.</source>
            <translation>Ein grüner Tag hatte mindestens eine zählende Sitzung (mindestens eine Übung erledigt); die kleine Zahl gibt an, wie viele. Graue Tage liegen außerhalb des Zeitraums.</translation>
        </message>
        <message>
            <source>Before the session</source>
            <translation>Vor der Sitzung</translation>
        </message>
        <message>
            <source>After the session</source>
            <translation>Nach der Sitzung</translation>
        </message>
        <message>
            <source>Pain (0–10)</source>
            <translation>Schmerz (0–10)</translation>
        </message>
        <message>
            <source>Pain trend</source>
            <translation>Schmerzverlauf</translation>
        </message>
        <message>
            <source>Pain on a scale of 0 (none) to 10 (worst imaginable), rated by the patient before and after sessions. {summary}.</source>
            <translation>Schmerz auf einer Skala von 0 (keiner) bis 10 (schlimmster vorstellbarer), vom Patienten vor und nach den Sitzungen bewertet. {summary}.</translation>
        </message>
        <message>
            <source>No pain ratings were recorded in this period.</source>
            <translation>In diesem Zeitraum wurden keine Schmerzbewertungen erfasst.</translation>
        </message>
        <message>
            <source>Exercises completed</source>
            <translation>Erledigte Übungen</translation>
        </message>
        <message>
            <source>No exercises were recorded in this period.</source>
            <translation>In diesem Zeitraum wurden keine Übungen erfasst.</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <source>Stopped part way</source>
            <translation>Mittendrin gestoppt</translation>
        </message>
        <message>
            <source>Completed share</source>
            <translation>Anteil erledigt</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <comment>a day and a time of day</comment>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>The routine's stop rule did not fire in this period.</source>
            <translation>Die Abbruchregel des Programms hat in diesem Zeitraum nicht angeschlagen.</translation>
        </message>
        <message>
            <source>The routine's stop rule fired: the patient was told to stop and contact you.</source>
            <translation>Die Abbruchregel des Programms hat angeschlagen: Der Patient wurde aufgefordert, aufzuhören und Sie zu kontaktieren.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Was geschah</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the body areas of a list</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Where it hurt before: {before}; after: {after}.</source>
            <translation>Schmerzen vorher: {before}; nachher: {after}.</translation>
        </message>
        <message>
            <source>Where it hurt before: {before}.</source>
            <translation>Schmerzen vorher: {before}.</translation>
        </message>
        <message>
            <source>Where it hurt after: {after}.</source>
            <translation>Schmerzen nachher: {after}.</translation>
        </message>
        <message>
            <source>Stopped part way through {exercise}: {done} of {planned}.</source>
            <translation>{exercise} mittendrin gestoppt: {done} von {planned}.</translation>
        </message>
        <message>
            <source>Sessions and notes</source>
            <translation>Sitzungen und Notizen</translation>
        </message>
        <message>
            <source>Day, time</source>
            <translation>Tag, Uhrzeit</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Exercises done</source>
            <translation>Übungen erledigt</translation>
        </message>
        <message>
            <source>Pain before</source>
            <translation>Schmerz vorher</translation>
        </message>
        <message>
            <source>Pain after</source>
            <translation>Schmerz nachher</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>{weekday} {day}, {time}</source>
            <comment>a day of the month and a time</comment>
            <translation>{weekday} {day}., {time}</translation>
        </message>
        <message>
            <source>{done} of {planned}</source>
            <comment>exercises done of those planned</comment>
            <translation>{done} von {planned}</translation>
        </message>
        <message>
            <source>{app} exercise report, {period}</source>
            <translation>{app}-Übungsbericht, {period}</translation>
        </message>
        <message>
            <source>{app} report, {since} to {until}</source>
            <translation>{app}-Bericht, {since} bis {until}</translation>
        </message>
        <message>
            <source>Home exercise sessions, adherence and pain, for the physiotherapist</source>
            <translation>Heimübungen, Therapietreue und Schmerz, für die Physiotherapie</translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>{title} (continued)</source>
            <comment>a month's rows going on</comment>
            <translation>{title} (Fortsetzung)</translation>
        </message>
    </context>
    <context>
        <name>ReportProblems</name>
        <message>
            <source>the period starts on {since}, which is in the future (today is {today}); choose a start up to today</source>
            <translation>der Zeitraum beginnt am {since}, und das liegt in der Zukunft (heute ist der {today}); wählen Sie einen Beginn bis heute</translation>
        </message>
        <message>
            <source>the period ends ({until}) before it starts ({since})</source>
            <translation>der Zeitraum endet ({until}), bevor er beginnt ({since})</translation>
        </message>
        <message>
            <source>no sessions are logged yet, so there is nothing to report</source>
            <translation>es sind noch keine Sitzungen gespeichert, daher gibt es nichts zu berichten</translation>
        </message>
        <message>
            <source>no sessions were logged from {since} to {end}: the first session was on {start}</source>
            <translation>von {since} bis {end} wurden keine Sitzungen gespeichert: die erste Sitzung war am {start}</translation>
        </message>
        <message>
            <source>no font for the PDF was found: install DejaVu Sans (on Debian and Ubuntu the package fonts-dejavu-core) or put DejaVuSans.ttf and DejaVuSans-Bold.ttf in {folder}</source>
            <translation>es wurde keine Schrift für das PDF gefunden: installieren Sie DejaVu Sans (unter Debian und Ubuntu das Paket fonts-dejavu-core) oder legen Sie DejaVuSans.ttf und DejaVuSans-Bold.ttf in {folder}</translation>
        </message>
        <message>
            <source>cannot use the font {font}: {problem}</source>
            <translation>die Schrift {font} kann nicht verwendet werden: {problem}</translation>
        </message>
    </context>
    <context>
        <name>ReportWriter</name>
        <message>
            <source>The report was not saved: cannot write {output}: {reason}</source>
            <translation>Der Bericht wurde nicht gespeichert: {output} kann nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>The report was not saved: {problem}</source>
            <translation>Der Bericht wurde nicht gespeichert: {problem}</translation>
        </message>
        <message>
            <source>The report was not saved: an unexpected problem ({kind}: {problem})</source>
            <translation>Der Bericht wurde nicht gespeichert: ein unerwartetes Problem ({kind}: {problem})</translation>
        </message>
    </context>
    <context>
        <name>RoutineKeys</name>
        <message>
            <source>Format version</source>
            <translation>Formatversion</translation>
        </message>
        <message>
            <source>The version of the routine format the file is written in.</source>
            <translation>Die Version des Programmformats, in dem die Datei geschrieben ist.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>The routine's name, shown in the list of routines and in the history.</source>
            <translation>Der Name des Programms, wie er in der Liste der Programme und im Verlauf erscheint.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>A few sentences for the patient about the routine as a whole.</source>
            <translation>Ein paar Zeilen für den Patienten über das Programm als Ganzes.</translation>
        </message>
        <message>
            <source>Sessions per week</source>
            <translation>Sitzungen pro Woche</translation>
        </message>
        <message>
            <source>How often the patient should do the routine; it is stored with each logged session.</source>
            <translation>Wie oft der Patient das Programm machen soll; der Wert wird mit jeder protokollierten Sitzung gespeichert.</translation>
        </message>
        <message>
            <source>Time to get into position (seconds)</source>
            <translation>Zeit zum Einnehmen der Position (Sekunden)</translation>
        </message>
        <message>
            <source>Time to get into position before each exercise, while the exercise is introduced aloud. An exercise can set its own.</source>
            <translation>Zeit, um vor jeder Übung die Position einzunehmen, während die Übung vorgelesen wird. Eine Übung kann eine eigene Zeit haben.</translation>
        </message>
        <message>
            <source>Rest between exercises (seconds)</source>
            <translation>Pause zwischen Übungen (Sekunden)</translation>
        </message>
        <message>
            <source>The rest after each exercise except the last. An exercise can set its own.</source>
            <translation>Die Pause nach jeder Übung außer der letzten. Eine Übung kann eine eigene Pause haben.</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>The exercises, in the order they are done.</source>
            <translation>Die Übungen in der Reihenfolge, in der sie gemacht werden.</translation>
        </message>
        <message>
            <source>Stop rule</source>
            <translation>Abbruchregel</translation>
        </message>
        <message>
            <source>When Homestretch advises the patient to stop and contact their physiotherapist.</source>
            <translation>Wann Homestretch dem Patienten rät, aufzuhören und sich an die Physiotherapie zu wenden.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The language the routine is written in, as a BCP 47 tag (`nl`, `de`, `zh-CN`): what Homestretch itself says and shows during the session (counts, sides, rests, the end) is in this language, read out by a voice that speaks it.</source>
            <translation>Die Sprache, in der das Programm geschrieben ist, als BCP-47-Kürzel (`nl`, `de`, `zh-CN`): Was Homestretch während der Sitzung selbst sagt und anzeigt (Zählen, Seiten, Pausen, das Ende), ist in dieser Sprache und wird von einer Stimme vorgelesen, die sie spricht.</translation>
        </message>
        <message>
            <source>Pain rise</source>
            <translation>Schmerzanstieg</translation>
        </message>
        <message>
            <source>Advise stopping when a pain rating is this many points or more above the rating given before the session.</source>
            <translation>Zum Aufhören raten, wenn eine Schmerzbewertung um so viele Punkte oder mehr über der Bewertung vor der Sitzung liegt.</translation>
        </message>
        <message>
            <source>Pain limit</source>
            <translation>Schmerzgrenze</translation>
        </message>
        <message>
            <source>Advise stopping at any pain rating of this or more, including the one given before the session.</source>
            <translation>Bei jeder Schmerzbewertung von diesem Wert oder höher zum Aufhören raten, auch bei der vor der Sitzung.</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Kennung</translation>
        </message>
        <message>
            <source>A short permanent name that follows the exercise from session to session in the log: lower-case letters, digits and hyphens. Keep it when the dose changes.</source>
            <translation>Ein kurzer, bleibender Name, unter dem die Übung von Sitzung zu Sitzung im Protokoll geführt wird: Kleinbuchstaben, Ziffern und Bindestriche. Behalten Sie ihn bei, wenn sich die Dosierung ändert.</translation>
        </message>
        <message>
            <source>The exercise's title, spoken when the exercise begins.</source>
            <translation>Der Titel der Übung, der zu Beginn der Übung gesprochen wird.</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>How the patient lies, sits or stands.</source>
            <translation>Wie der Patient liegt, sitzt oder steht.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Kurzbeschreibung</translation>
        </message>
        <message>
            <source>A one-sentence description, spoken after the name.</source>
            <translation>Eine Beschreibung in einem Satz, die nach dem Namen gesprochen wird.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <source>The instructions for the patient, in order.</source>
            <translation>Die Anleitung für den Patienten, Schritt für Schritt.</translation>
        </message>
        <message>
            <source>Cautions</source>
            <translation>Hinweise</translation>
        </message>
        <message>
            <source>Warnings to heed while doing the exercise.</source>
            <translation>Worauf der Patient bei der Übung achten soll.</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Bild</translation>
        </message>
        <message>
            <source>A picture or figure shown during the exercise, relative to the routine's folder or starting with 'assets:' for a bundled one.</source>
            <translation>Ein Bild oder eine Figur, die während der Übung gezeigt wird: eine Datei relativ zum Ordner des Programms oder, für eine mitgelieferte Figur, beginnend mit 'assets:'.</translation>
        </message>
        <message>
            <source>Sides</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>Which legs the exercise works, and in what order.</source>
            <translation>Welche Beine die Übung beansprucht und in welcher Reihenfolge.</translation>
        </message>
        <message>
            <source>First side</source>
            <translation>Erste Seite</translation>
        </message>
        <message>
            <source>The leg to start with.</source>
            <translation>Das Bein, mit dem begonnen wird.</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Sätze</translation>
        </message>
        <message>
            <source>How many times the whole exercise is done, with a rest between.</source>
            <translation>Wie oft die ganze Übung gemacht wird, mit einer Pause dazwischen.</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Wiederholungen</translation>
        </message>
        <message>
            <source>The number of repetitions, per leg for one-sided exercises, in each set.</source>
            <translation>Die Zahl der Wiederholungen in jedem Satz, bei einseitigen Übungen je Bein.</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Phasen</translation>
        </message>
        <message>
            <source>The timed parts of each rep, in order, such as bend, hold, lower.</source>
            <translation>Die zeitlichen Abschnitte jeder Wiederholung der Reihe nach, etwa beugen, halten, senken.</translation>
        </message>
        <message>
            <source>Timed work</source>
            <translation>Übung auf Zeit</translation>
        </message>
        <message>
            <source>One timed stretch, done once per side in each set, instead of reps of phases.</source>
            <translation>Eine Dehnung auf Zeit, in jedem Satz einmal je Seite, statt Wiederholungen aus Phasen.</translation>
        </message>
        <message>
            <source>Rest between reps (seconds)</source>
            <translation>Pause zwischen Wiederholungen (Sekunden)</translation>
        </message>
        <message>
            <source>The rest between two reps.</source>
            <translation>Die Pause zwischen zwei Wiederholungen.</translation>
        </message>
        <message>
            <source>Switch between legs (seconds)</source>
            <translation>Beinwechsel (Sekunden)</translation>
        </message>
        <message>
            <source>The time to switch from one leg to the other.</source>
            <translation>Die Zeit, um von einem Bein auf das andere zu wechseln.</translation>
        </message>
        <message>
            <source>Rest between sets (seconds)</source>
            <translation>Pause zwischen Sätzen (Sekunden)</translation>
        </message>
        <message>
            <source>The rest between two sets.</source>
            <translation>Die Pause zwischen zwei Sätzen.</translation>
        </message>
        <message>
            <source>Rest after (seconds)</source>
            <translation>Pause danach (Sekunden)</translation>
        </message>
        <message>
            <source>The rest after this exercise; the routine's rest between exercises when left out.</source>
            <translation>Die Pause nach dieser Übung; ohne Angabe gilt die Pause zwischen Übungen aus dem Programm.</translation>
        </message>
        <message>
            <source>Time to get into position; the routine's when left out.</source>
            <translation>Zeit zum Einnehmen der Position; ohne Angabe gilt die des Programms.</translation>
        </message>
        <message>
            <source>The phase's label, such as hold.</source>
            <translation>Die Bezeichnung der Phase, etwa „halten“.</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>How long the phase lasts.</source>
            <translation>Wie lange die Phase dauert.</translation>
        </message>
        <message>
            <source>Spoken cue</source>
            <translation>Gesprochener Hinweis</translation>
        </message>
        <message>
            <source>Spoken as the phase begins.</source>
            <translation>Wird zu Beginn der Phase gesprochen.</translation>
        </message>
        <message>
            <source>How long the work lasts, on each side.</source>
            <translation>Wie lange die Übung je Seite dauert.</translation>
        </message>
        <message>
            <source>The label shown during the work.</source>
            <translation>Die Bezeichnung, die während der Übung angezeigt wird.</translation>
        </message>
        <message>
            <source>Spoken as the work begins.</source>
            <translation>Wird zu Beginn der Übung gesprochen.</translation>
        </message>
    </context>
    <context>
        <name>RoutineProblems</name>
        <message>
            <source>{place}: warning: {message}</source>
            <translation>{place}: Warnung: {message}</translation>
        </message>
        <message>
            <source>not valid YAML: the character {code} here is not allowed</source>
            <translation>kein gültiges YAML: das Zeichen {code} ist hier nicht erlaubt</translation>
        </message>
        <message>
            <source>not valid YAML: the byte here is not allowed</source>
            <translation>kein gültiges YAML: das Byte an dieser Stelle ist nicht erlaubt</translation>
        </message>
        <message>
            <source>the file is nested too deeply</source>
            <translation>die Datei ist zu tief verschachtelt</translation>
        </message>
        <message>
            <source>not valid YAML: {reason}</source>
            <translation>kein gültiges YAML: {reason}</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>invalid routine</source>
            <translation>ungültiges Übungsprogramm</translation>
        </message>
        <message>
            <source>this session would take {length}; a session may take at most {hours} hours and {steps} steps; the largest exercise, '{id}', takes {exercise_length}</source>
            <translation>diese Sitzung würde {length} dauern; eine Sitzung darf höchstens {hours} Stunden und {steps} Schritte dauern; die längste Übung, '{id}', dauert {exercise_length}</translation>
        </message>
        <message>
            <source>this text contains a character that is not valid</source>
            <translation>dieser Text enthält ein ungültiges Zeichen</translation>
        </message>
        <message>
            <source>not valid UTF-8 text; save the file as UTF-8</source>
            <translation>kein gültiger UTF-8-Text; speichern Sie die Datei als UTF-8</translation>
        </message>
        <message>
            <source>lists and mappings are nested more than {depth} deep</source>
            <translation>Listen und Zuordnungen sind mehr als {depth} Ebenen tief verschachtelt</translation>
        </message>
        <message>
            <source>the routine must be a mapping of 'key: value' lines</source>
            <translation>das Programm muss aus Zeilen der Form 'key: value' bestehen</translation>
        </message>
        <message>
            <source>keys in the routine must be plain words</source>
            <translation>die Schlüssel im Programm müssen einfache Wörter sein</translation>
        </message>
        <message>
            <source>unknown key '{key}' in the routine</source>
            <translation>unbekannter Schlüssel '{key}' im Programm</translation>
        </message>
        <message>
            <source>unknown key '{key}' in the routine; did you mean '{hint}'?</source>
            <translation>unbekannter Schlüssel '{key}' im Programm; meinten Sie '{hint}'?</translation>
        </message>
        <message>
            <source>the routine needs '{key}'</source>
            <translation>das Programm braucht '{key}'</translation>
        </message>
        <message>
            <source>an exercise must be a mapping of 'key: value' lines</source>
            <translation>eine Übung muss aus Zeilen der Form 'key: value' bestehen</translation>
        </message>
        <message>
            <source>keys in an exercise must be plain words</source>
            <translation>die Schlüssel einer Übung müssen einfache Wörter sein</translation>
        </message>
        <message>
            <source>unknown key '{key}' in an exercise</source>
            <translation>unbekannter Schlüssel '{key}' in einer Übung</translation>
        </message>
        <message>
            <source>unknown key '{key}' in an exercise; did you mean '{hint}'?</source>
            <translation>unbekannter Schlüssel '{key}' in einer Übung; meinten Sie '{hint}'?</translation>
        </message>
        <message>
            <source>an exercise needs '{key}'</source>
            <translation>eine Übung braucht '{key}'</translation>
        </message>
        <message>
            <source>a phase must be a mapping of 'key: value' lines</source>
            <translation>eine Phase muss aus Zeilen der Form 'key: value' bestehen</translation>
        </message>
        <message>
            <source>keys in a phase must be plain words</source>
            <translation>die Schlüssel einer Phase müssen einfache Wörter sein</translation>
        </message>
        <message>
            <source>unknown key '{key}' in a phase</source>
            <translation>unbekannter Schlüssel '{key}' in einer Phase</translation>
        </message>
        <message>
            <source>unknown key '{key}' in a phase; did you mean '{hint}'?</source>
            <translation>unbekannter Schlüssel '{key}' in einer Phase; meinten Sie '{hint}'?</translation>
        </message>
        <message>
            <source>a phase needs '{key}'</source>
            <translation>eine Phase braucht '{key}'</translation>
        </message>
        <message>
            <source>the figure must be a mapping of 'key: value' lines</source>
            <translation>die Figur muss aus Zeilen der Form 'key: value' bestehen</translation>
        </message>
        <message>
            <source>keys in the figure must be plain words</source>
            <translation>die Schlüssel der Figur müssen einfache Wörter sein</translation>
        </message>
        <message>
            <source>unknown key '{key}' in the figure</source>
            <translation>unbekannter Schlüssel '{key}' in der Figur</translation>
        </message>
        <message>
            <source>unknown key '{key}' in the figure; did you mean '{hint}'?</source>
            <translation>unbekannter Schlüssel '{key}' in der Figur; meinten Sie '{hint}'?</translation>
        </message>
        <message>
            <source>the figure needs '{key}'</source>
            <translation>die Figur braucht '{key}'</translation>
        </message>
        <message>
            <source>a pose must be a mapping of 'key: value' lines</source>
            <translation>eine Haltung muss aus Zeilen der Form 'key: value' bestehen</translation>
        </message>
        <message>
            <source>keys in a pose must be plain words</source>
            <translation>die Schlüssel einer Haltung müssen einfache Wörter sein</translation>
        </message>
        <message>
            <source>unknown key '{key}' in a pose</source>
            <translation>unbekannter Schlüssel '{key}' in einer Haltung</translation>
        </message>
        <message>
            <source>unknown key '{key}' in a pose; did you mean '{hint}'?</source>
            <translation>unbekannter Schlüssel '{key}' in einer Haltung; meinten Sie '{hint}'?</translation>
        </message>
        <message>
            <source>a pose needs '{key}'</source>
            <translation>eine Haltung braucht '{key}'</translation>
        </message>
        <message>
            <source>'{name}' must be a mapping of 'key: value' lines</source>
            <translation>'{name}' muss aus Zeilen der Form 'key: value' bestehen</translation>
        </message>
        <message>
            <source>keys in '{name}' must be plain words</source>
            <translation>die Schlüssel in '{name}' müssen einfache Wörter sein</translation>
        </message>
        <message>
            <source>unknown key '{key}' in '{name}'</source>
            <translation>unbekannter Schlüssel '{key}' in '{name}'</translation>
        </message>
        <message>
            <source>unknown key '{key}' in '{name}'; did you mean '{hint}'?</source>
            <translation>unbekannter Schlüssel '{key}' in '{name}'; meinten Sie '{hint}'?</translation>
        </message>
        <message>
            <source>'{name}' needs '{key}'</source>
            <translation>'{name}' braucht '{key}'</translation>
        </message>
        <message>
            <source>'{key}' must be a whole number without quotes, such as 8</source>
            <translation>'{key}' muss eine ganze Zahl ohne Anführungszeichen sein, etwa 8</translation>
        </message>
        <message>
            <source>'{key}: {raw}' is ambiguous (YAML reads it as base-60); write a whole number such as 8</source>
            <translation>'{key}: {raw}' ist mehrdeutig (YAML liest es als Zahl zur Basis 60); schreiben Sie eine ganze Zahl, etwa 8</translation>
        </message>
        <message>
            <source>'{key}' must be a whole number such as 8, not '{raw}'</source>
            <translation>'{key}' muss eine ganze Zahl sein, etwa 8, nicht '{raw}'</translation>
        </message>
        <message>
            <source>'{key}' must be a number of seconds without quotes, such as 5 or 2.5</source>
            <translation>'{key}' muss eine Zahl von Sekunden ohne Anführungszeichen sein, etwa 5 oder 2.5</translation>
        </message>
        <message>
            <source>'{key}: {raw}' is ambiguous (YAML reads it as base-60); write a number of seconds such as 5 or 2.5</source>
            <translation>'{key}: {raw}' ist mehrdeutig (YAML liest es als Zahl zur Basis 60); schreiben Sie eine Zahl von Sekunden, etwa 5 oder 2.5</translation>
        </message>
        <message>
            <source>'{key}' must be a number of seconds such as 5 or 2.5, not '{raw}'</source>
            <translation>'{key}' muss eine Zahl von Sekunden sein, etwa 5 oder 2.5, nicht '{raw}'</translation>
        </message>
        <message>
            <source>'{key}' must be an angle in degrees without quotes, such as 90 or -45</source>
            <translation>'{key}' muss ein Winkel in Grad ohne Anführungszeichen sein, etwa 90 oder -45</translation>
        </message>
        <message>
            <source>'{key}: {raw}' is ambiguous (YAML reads it as base-60); write an angle in degrees such as 90 or -45</source>
            <translation>'{key}: {raw}' ist mehrdeutig (YAML liest es als Zahl zur Basis 60); schreiben Sie einen Winkel in Grad, etwa 90 oder -45</translation>
        </message>
        <message>
            <source>'{key}' must be an angle in degrees such as 90 or -45, not '{raw}'</source>
            <translation>'{key}' muss ein Winkel in Grad sein, etwa 90 oder -45, nicht '{raw}'</translation>
        </message>
        <message>
            <source>'{key}' must be a number without quotes, such as {example}</source>
            <translation>'{key}' muss eine Zahl ohne Anführungszeichen sein, etwa {example}</translation>
        </message>
        <message>
            <source>'{key}: {raw}' is ambiguous (YAML reads it as base-60); write a number such as {example}</source>
            <translation>'{key}: {raw}' ist mehrdeutig (YAML liest es als Zahl zur Basis 60); schreiben Sie eine Zahl, etwa {example}</translation>
        </message>
        <message>
            <source>'{key}' must be a number such as {example}, not '{raw}'</source>
            <translation>'{key}' muss eine Zahl sein, etwa {example}, nicht '{raw}'</translation>
        </message>
        <message>
            <source>the file is too large or too deeply repeated to be a routine</source>
            <translation>die Datei ist zu groß oder wiederholt sich zu oft, um ein Übungsprogramm zu sein</translation>
        </message>
        <message>
            <source>YAML tags such as {tag} are not allowed in a routine</source>
            <translation>YAML-Tags wie {tag} sind in einem Übungsprogramm nicht erlaubt</translation>
        </message>
        <message>
            <source>duplicate key '{key}' (first given on line {line})</source>
            <translation>doppelter Schlüssel '{key}' (zuerst in Zeile {line})</translation>
        </message>
        <message>
            <source>'{key}' must be a list, one item per line starting with '- '</source>
            <translation>'{key}' muss eine Liste sein, ein Eintrag pro Zeile, beginnend mit '- '</translation>
        </message>
        <message>
            <source>'{key} item' must be a single value</source>
            <translation>ein Eintrag in '{key}' muss ein einzelner Wert sein</translation>
        </message>
        <message>
            <source>'{key}' must be a single value</source>
            <translation>'{key}' muss ein einzelner Wert sein</translation>
        </message>
        <message>
            <source>'{key} item' has no value</source>
            <translation>ein Eintrag in '{key}' hat keinen Wert</translation>
        </message>
        <message>
            <source>'{key}' has no value</source>
            <translation>'{key}' hat keinen Wert</translation>
        </message>
        <message>
            <source>'{key} item' is empty</source>
            <translation>ein Eintrag in '{key}' ist leer</translation>
        </message>
        <message>
            <source>'{key}' is empty</source>
            <translation>'{key}' ist leer</translation>
        </message>
        <message>
            <source>'{key} item' is longer than {max} characters</source>
            <translation>ein Eintrag in '{key}' ist länger als {max} Zeichen</translation>
        </message>
        <message>
            <source>'{key}' is longer than {max} characters</source>
            <translation>'{key}' ist länger als {max} Zeichen</translation>
        </message>
        <message>
            <source>'{key} item' contains an invisible character that changes the direction of text ({code}); remove it</source>
            <translation>ein Eintrag in '{key}' enthält ein unsichtbares Zeichen, das die Schreibrichtung ändert ({code}); entfernen Sie es</translation>
        </message>
        <message>
            <source>'{key}' contains an invisible character that changes the direction of text ({code}); remove it</source>
            <translation>'{key}' enthält ein unsichtbares Zeichen, das die Schreibrichtung ändert ({code}); entfernen Sie es</translation>
        </message>
        <message>
            <source>'{key} item' contains a control character ({code}); remove it</source>
            <translation>ein Eintrag in '{key}' enthält ein Steuerzeichen ({code}); entfernen Sie es</translation>
        </message>
        <message>
            <source>'{key}' contains a control character ({code}); remove it</source>
            <translation>'{key}' enthält ein Steuerzeichen ({code}); entfernen Sie es</translation>
        </message>
        <message>
            <source>'{key}: {raw}' has a leading zero (YAML may read it as octal); write it without</source>
            <translation>'{key}: {raw}' beginnt mit einer Null (YAML könnte es als Oktalzahl lesen); schreiben Sie die Zahl ohne führende Null</translation>
        </message>
        <message>
            <source>'{key}' must be from {low} to {high}, not {raw}</source>
            <translation>'{key}' muss zwischen {low} und {high} liegen, nicht {raw}</translation>
        </message>
        <message>
            <source>'{key}' must be from more than {low} to {high}, not {raw}</source>
            <translation>'{key}' muss größer als {low} und höchstens {high} sein, nicht {raw}</translation>
        </message>
        <message>
            <source>'{key}' must be written without quotes: {key}: {raw}</source>
            <translation>'{key}' muss ohne Anführungszeichen geschrieben werden: {key}: {raw}</translation>
        </message>
        <message>
            <source>'{key}' must be one of: {options}; not '{raw}'</source>
            <translation>'{key}' muss eines davon sein: {options}; nicht '{raw}'</translation>
        </message>
        <message>
            <source>this routine uses format {schema}; this version of Homestretch reads format {version}. Update Homestretch to open it</source>
            <translation>dieses Programm verwendet Format {schema}; diese Version von Homestretch liest Format {version}. Aktualisieren Sie Homestretch, um es zu öffnen</translation>
        </message>
        <message>
            <source>'language: {tag}' is not a language tag; write one such as {tags}</source>
            <translation>'language: {tag}' ist kein Sprachkürzel; schreiben Sie eines wie {tags}</translation>
        </message>
        <message>
            <source>Homestretch has no words in the language '{tag}' yet, so what it says during the session will be in English (it speaks {languages})</source>
            <translation>Homestretch hat noch keine Texte in der Sprache '{tag}'; was es während der Sitzung sagt, ist daher Englisch (es spricht {languages})</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the items of a list</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>'stop_rule' needs 'pain_rise', 'pain_at_least' or both</source>
            <translation>'stop_rule' braucht 'pain_rise', 'pain_at_least' oder beides</translation>
        </message>
        <message>
            <source>a routine needs at least one exercise</source>
            <translation>ein Programm braucht mindestens eine Übung</translation>
        </message>
        <message>
            <source>a routine may have at most {max} exercises</source>
            <translation>ein Programm darf höchstens {max} Übungen haben</translation>
        </message>
        <message>
            <source>exercise id '{id}' is used twice (first on line {line})</source>
            <translation>die Übungs-ID '{id}' wird zweimal verwendet (zuerst in Zeile {line})</translation>
        </message>
        <message>
            <source>'steps' needs at least one step</source>
            <translation>'steps' braucht mindestens einen Schritt</translation>
        </message>
        <message>
            <source>an exercise needs either 'phases' (with 'reps') or 'work' (a plain timed duration), not both and not neither</source>
            <translation>eine Übung braucht entweder 'phases' (mit 'reps') oder 'work' (eine einfache Dauer), nicht beides und nicht keines von beiden</translation>
        </message>
        <message>
            <source>an exercise with 'phases' needs 'reps'</source>
            <translation>eine Übung mit 'phases' braucht 'reps'</translation>
        </message>
        <message>
            <source>'{key}' goes with 'phases', not with 'work'</source>
            <translation>'{key}' gehört zu 'phases', nicht zu 'work'</translation>
        </message>
        <message>
            <source>'id: {value}' must use lower-case letters, digits and hyphens, such as 'sitting-knee-extension'</source>
            <translation>'id: {value}' darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten, etwa 'sitting-knee-extension'</translation>
        </message>
        <message>
            <source>'phases' needs at least one phase</source>
            <translation>'phases' braucht mindestens eine Phase</translation>
        </message>
        <message>
            <source>an exercise may have at most {max} phases</source>
            <translation>eine Übung darf höchstens {max} Phasen haben</translation>
        </message>
        <message>
            <source>picture '{picture}' must be a path relative to the bundled assets</source>
            <translation>das Bild '{picture}' muss ein Pfad relativ zu den mitgelieferten Bildern sein</translation>
        </message>
        <message>
            <source>picture '{picture}' must be a path relative to the routine's folder</source>
            <translation>das Bild '{picture}' muss ein Pfad relativ zum Ordner des Programms sein</translation>
        </message>
        <message>
            <source>picture '{picture}' points outside the bundled assets</source>
            <translation>das Bild '{picture}' zeigt aus den mitgelieferten Bildern hinaus</translation>
        </message>
        <message>
            <source>picture '{picture}' points outside the routine's folder</source>
            <translation>das Bild '{picture}' zeigt aus dem Ordner des Programms hinaus</translation>
        </message>
        <message>
            <source>picture '{picture}' must be an SVG, PNG or JPEG file (or a .yaml figure)</source>
            <translation>das Bild '{picture}' muss eine SVG-, PNG- oder JPEG-Datei sein (oder eine .yaml-Figur)</translation>
        </message>
        <message>
            <source>picture '{picture}' not found</source>
            <translation>das Bild '{picture}' wurde nicht gefunden</translation>
        </message>
        <message>
            <source>picture '{picture}' is not a {kind} file</source>
            <translation>das Bild '{picture}' ist keine {kind}-Datei</translation>
        </message>
        <message>
            <source>picture '{picture}' declares {declaration}s; an SVG picture must hold everything it shows</source>
            <translation>das Bild '{picture}' deklariert {declaration}-Einträge; ein SVG-Bild muss alles enthalten, was es zeigt</translation>
        </message>
        <message>
            <source>picture '{picture}' links to another file ('{target}'); an SVG picture must hold everything it shows</source>
            <translation>das Bild '{picture}' verweist auf eine andere Datei ('{target}'); ein SVG-Bild muss alles enthalten, was es zeigt</translation>
        </message>
        <message>
            <source>figure '{picture}' has problems; a placeholder is shown</source>
            <translation>die Figur '{picture}' hat Fehler; ein Platzhalter wird gezeigt</translation>
        </message>
        <message>
            <source>'{key}' needs 'schema: {since}' at the top of the file</source>
            <translation>'{key}' braucht 'schema: {since}' am Anfang der Datei</translation>
        </message>
        <message>
            <source>'{key}' applies only to '{other}: {value}'</source>
            <translation>'{key}' gilt nur bei '{other}: {value}'</translation>
        </message>
        <message>
            <source>'{key}' applies only to '{other}: {first}' or '{other}: {second}'</source>
            <translation>'{key}' gilt nur bei '{other}: {first}' oder '{other}: {second}'</translation>
        </message>
        <message>
            <source>picture '{picture}' is a folder, not a file</source>
            <translation>das Bild '{picture}' ist ein Ordner, keine Datei</translation>
        </message>
        <message>
            <source>picture '{picture}' is not a regular file (it is a named pipe)</source>
            <translation>das Bild '{picture}' ist keine normale Datei (sondern eine benannte Pipe)</translation>
        </message>
        <message>
            <source>picture '{picture}' is not a regular file (it is a device)</source>
            <translation>das Bild '{picture}' ist keine normale Datei (sondern ein Gerät)</translation>
        </message>
        <message>
            <source>picture '{picture}' is not a regular file (it is a socket)</source>
            <translation>das Bild '{picture}' ist keine normale Datei (sondern ein Socket)</translation>
        </message>
        <message>
            <source>picture '{picture}' is not a regular file (it is not a plain file)</source>
            <translation>das Bild '{picture}' ist keine normale Datei</translation>
        </message>
        <message>
            <source>picture '{picture}' is larger than {size}</source>
            <translation>das Bild '{picture}' ist größer als {size}</translation>
        </message>
        <message>
            <source>picture '{picture}' cannot be read ({reason})</source>
            <translation>das Bild '{picture}' kann nicht gelesen werden ({reason})</translation>
        </message>
        <message>
            <source>{seconds} s ({steps} steps)</source>
            <translation>{seconds} s ({steps} Schritte)</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min ({steps} steps)</source>
            <translation>{hours} h {minutes} min ({steps} Schritte)</translation>
        </message>
        <message>
            <source>{minutes} min ({steps} steps)</source>
            <translation>{minutes} min ({steps} Schritte)</translation>
        </message>
        <message>
            <source>this session would take {length}; a session may take at most {hours} hours and {steps} steps</source>
            <translation>diese Sitzung würde {length} dauern; eine Sitzung darf höchstens {hours} Stunden und {steps} Schritte dauern</translation>
        </message>
    </context>
    <context>
        <name>RoutinesPage</name>
        <message>
            <source>Double-click an exercise, or press Enter on it, to do that one alone</source>
            <translation>Doppelklicken Sie eine Übung oder drücken Sie darauf die Eingabetaste, um nur sie zu machen</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Open a routine file…  (Ctrl+O)</source>
            <translation>Programmdatei öffnen…  (Strg+O)</translation>
        </message>
        <message>
            <source>or drop a .yaml or .homestretch file onto this window</source>
            <translation>oder eine .yaml- oder .homestretch-Datei in dieses Fenster ziehen</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Change the selected routine (a bundled one is saved as your copy)</source>
            <translation>Das gewählte Programm ändern (ein mitgeliefertes wird als Ihre Kopie gespeichert)</translation>
        </message>
        <message>
            <source>Edit the selected routine</source>
            <translation>Ausgewähltes Programm bearbeiten</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>Neues Programm</translation>
        </message>
        <message>
            <source>Your history  (Ctrl+H)</source>
            <translation>Ihr Verlauf  (Strg+H)</translation>
        </message>
        <message>
            <source>Past sessions, pain ratings and the report for your physiotherapist</source>
            <translation>Frühere Sitzungen, Schmerzangaben und der Bericht für Ihre Physiotherapie</translation>
        </message>
        <message>
            <source>About this routine</source>
            <translation>Über dieses Programm</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>How is your pain right now? (optional)</source>
            <translation>Wie stark ist Ihr Schmerz gerade? (freiwillig)</translation>
        </message>
        <message>
            <source>Where does it hurt…</source>
            <translation>Wo tut es weh…</translation>
        </message>
        <message>
            <source>▶  Start  (Space)</source>
            <translation>▶  Start  (Leertaste)</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <source>Make a copy of the selected routine in your routines</source>
            <translation>Eine Kopie des gewählten Programms unter Ihren Programmen anlegen</translation>
        </message>
        <message>
            <source>Duplicate the selected routine</source>
            <translation>Ausgewähltes Programm duplizieren</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Move the selected routine (one of yours) to the trash; you can undo it (Del)</source>
            <translation>Das gewählte (eigene) Programm in den Papierkorb verschieben; rückgängig machbar (Entf)</translation>
        </message>
        <message>
            <source>Delete the selected routine</source>
            <translation>Ausgewähltes Programm löschen</translation>
        </message>
        <message>
            <source>Undo  (Ctrl+Z)</source>
            <translation>Rückgängig  (Strg+Z)</translation>
        </message>
        <message>
            <source>Undo the delete</source>
            <translation>Löschen rückgängig machen</translation>
        </message>
        <message>
            <source>“{title}” moved to the trash.</source>
            <translation>„{title}“ in den Papierkorb verschoben.</translation>
        </message>
        <message>
            <source>Put “{title}” back</source>
            <translation>„{title}“ wiederherstellen</translation>
        </message>
        <message>
            <source>⚠ {name} (has problems)</source>
            <translation>⚠ {name} (fehlerhaft)</translation>
        </message>
        <message>
            <source>{routine}  · yours</source>
            <translation>{routine}  · eigenes</translation>
        </message>
        <message>
            <source>No routine</source>
            <translation>Kein Programm</translation>
        </message>
        <message>
            <source>This file has problems and cannot be used yet:</source>
            <translation>Diese Datei hat Fehler und kann noch nicht verwendet werden:</translation>
        </message>
        <message>
            <source>Ask your physiotherapist for a corrected file.</source>
            <translation>Bitten Sie Ihre Physiotherapie um eine korrigierte Datei.</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s) · about {time} · {per_week} times a week</source>
            <translation>
                <numerusform>%n Übung · etwa {time} · {per_week}-mal pro Woche</numerusform>
                <numerusform>%n Übungen · etwa {time} · {per_week}-mal pro Woche</numerusform>
            </translation>
        </message>
        <message>
            <source>{number}. {name} — {dosage}</source>
            <translation>{number}. {name} — {dosage}</translation>
        </message>
    </context>
    <context>
        <name>SaveWords</name>
        <message>
            <source>Export the sessions as CSV</source>
            <translation>Sitzungen als CSV exportieren</translation>
        </message>
        <message>
            <source>The sessions were not saved: {exc}</source>
            <translation>Die Sitzungen wurden nicht gespeichert: {exc}</translation>
        </message>
        <message>
            <source>The sessions were not saved: cannot write {output}: {reason}</source>
            <translation>Die Sitzungen wurden nicht gespeichert: {output} kann nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>Saved the sessions: {output}</source>
            <translation>Sitzungen gespeichert: {output}</translation>
        </message>
        <message>
            <source>Export the exercise results as CSV</source>
            <translation>Übungsergebnisse als CSV exportieren</translation>
        </message>
        <message>
            <source>The exercise results were not saved: {exc}</source>
            <translation>Die Übungsergebnisse wurden nicht gespeichert: {exc}</translation>
        </message>
        <message>
            <source>The exercise results were not saved: cannot write {output}: {reason}</source>
            <translation>Die Übungsergebnisse wurden nicht gespeichert: {output} kann nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>Saved the exercise results: {output}</source>
            <translation>Übungsergebnisse gespeichert: {output}</translation>
        </message>
    </context>
    <context>
        <name>SessionTableModel</name>
        <message>
            <source>Date and
time</source>
            <translation>Datum,
Uhrzeit</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>Time
done</source>
            <translation>Geübte
Zeit</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Nicht
fertig</translation>
        </message>
        <message>
            <source>Pain
before</source>
            <translation>Schmerz
vorher</translation>
        </message>
        <message>
            <source>Pain
after</source>
            <translation>Schmerz
nachher</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>{done} of {planned}</source>
            <translation>{done} von {planned}</translation>
        </message>
        <message>
            <source>⚠ stop rule</source>
            <translation>⚠ Abbruchregel</translation>
        </message>
        <message>
            <source>{column}: {value}</source>
            <translation>{column}: {value}</translation>
        </message>
        <message>
            <source>Skipped: {names}</source>
            <translation>Ausgelassen: {names}</translation>
        </message>
        <message>
            <source>Pain before: {pain}</source>
            <translation>Schmerz vorher: {pain}</translation>
        </message>
        <message>
            <source>Pain after: {pain}</source>
            <translation>Schmerz nachher: {pain}</translation>
        </message>
        <message>
            <source>Where: {areas}</source>
            <translation>Wo: {areas}</translation>
        </message>
        <message>
            <source>Done in {offset}; here ({here_offset}) that was {time}.</source>
            <translation>Gemacht in {offset}; hier ({here_offset}) war das {time}.</translation>
        </message>
        <message>
            <source>Double-click or press F2 to edit the note.</source>
            <translation>Doppelklick oder F2 bearbeitet die Notiz.</translation>
        </message>
        <message>
            <source>Double-click or press F2 to write a note.</source>
            <translation>Doppelklick oder F2 schreibt eine Notiz.</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>◀◀ Previous (←)</source>
            <translation>◀◀ Zurück (←)</translation>
        </message>
        <message>
            <source>▶ Start (Space)</source>
            <translation>▶ Start (Leertaste)</translation>
        </message>
        <message>
            <source>Continue anyway (C)</source>
            <translation>Trotzdem weiter (C)</translation>
        </message>
        <message>
            <source>Next (→) ▶▶</source>
            <translation>Weiter (→) ▶▶</translation>
        </message>
        <message>
            <source>■ Stop (Esc)</source>
            <translation>■ Beenden (Esc)</translation>
        </message>
        <message>
            <source>Mute (M)</source>
            <translation>Stumm (M)</translation>
        </message>
        <message>
            <source>Back to routines (Esc)</source>
            <translation>Zu den Programmen (Esc)</translation>
        </message>
        <message>
            <source>Seconds left in this step</source>
            <translation>Verbleibende Sekunden in diesem Schritt</translation>
        </message>
        <message>
            <source>How is your pain now? (optional)</source>
            <translation>Wie stark ist Ihr Schmerz jetzt? (freiwillig)</translation>
        </message>
        <message>
            <source>Where does it hurt…</source>
            <translation>Wo tut es weh…</translation>
        </message>
        <message>
            <source>A note for your physiotherapist (optional)</source>
            <translation>Eine Notiz für Ihre Physiotherapie (freiwillig)</translation>
        </message>
        <message>
            <source>Save note
(Ctrl+Enter)</source>
            <translation>Notiz speichern
(Strg+Eingabe)</translation>
        </message>
        <message>
            <source>❚❚ Pause (Space)</source>
            <translation>❚❚ Pause (Leertaste)</translation>
        </message>
        <message>
            <source>▶ Resume (Space)</source>
            <translation>▶ Weiter (Leertaste)</translation>
        </message>
        <message>
            <source>■ End the session (Space)</source>
            <translation>■ Sitzung beenden (Leertaste)</translation>
        </message>
        <message>
            <source>Session progress</source>
            <translation>Fortschritt der Sitzung</translation>
        </message>
        <message>
            <source>Note saved</source>
            <translation>Notiz gespeichert</translation>
        </message>
        <message>
            <source>Unmute (M)</source>
            <translation>Ton an (M)</translation>
        </message>
    </context>
    <context>
        <name>SettingsProblems</name>
        <message>
            <source>The settings file {file} was ignored because it is not UTF-8 text; the defaults are used.</source>
            <translation>Die Einstellungsdatei {file} wurde nicht beachtet, weil sie kein UTF-8-Text ist; die Standardwerte gelten.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is not valid JSON ({detail} is not a JSON number); the defaults are used.</source>
            <translation>Die Einstellungsdatei {file} wurde nicht beachtet, weil sie kein gültiges JSON ist ({detail} ist keine JSON-Zahl); die Standardwerte gelten.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is nested too deeply to hold settings; the defaults are used.</source>
            <translation>Die Einstellungsdatei {file} wurde nicht beachtet, weil sie zu tief verschachtelt ist, um Einstellungen zu enthalten; die Standardwerte gelten.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is not valid JSON (line {line}, column {column}); the defaults are used.</source>
            <translation>Die Einstellungsdatei {file} wurde nicht beachtet, weil sie kein gültiges JSON ist (Zeile {line}, Spalte {column}); die Standardwerte gelten.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it holds a value that cannot be read (such as a number with too many digits); the defaults are used.</source>
            <translation>Die Einstellungsdatei {file} wurde nicht beachtet, weil sie einen Wert enthält, der sich nicht lesen lässt (etwa eine Zahl mit zu vielen Stellen); die Standardwerte gelten.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it does not hold a JSON object; the defaults are used.</source>
            <translation>Die Einstellungsdatei {file} wurde nicht beachtet, weil sie kein JSON-Objekt enthält; die Standardwerte gelten.</translation>
        </message>
        <message>
            <source>Some settings in {file} were not valid; their defaults are used: {names}.</source>
            <translation>Einige Einstellungen in {file} waren ungültig; für sie gelten die Standardwerte: {names}.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is a folder, not a file; the defaults are used.</source>
            <translation>Die Einstellungsdatei {file} wurde nicht beachtet, weil sie ein Ordner ist, keine Datei; die Standardwerte gelten.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is not a regular file (it is a named pipe); the defaults are used.</source>
            <translation>Die Einstellungsdatei {file} wurde nicht beachtet, weil sie keine normale Datei ist (sondern eine benannte Pipe); die Standardwerte gelten.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is not a regular file (it is a device); the defaults are used.</source>
            <translation>Die Einstellungsdatei {file} wurde nicht beachtet, weil sie keine normale Datei ist (sondern ein Gerät); die Standardwerte gelten.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is not a regular file (it is a socket); the defaults are used.</source>
            <translation>Die Einstellungsdatei {file} wurde nicht beachtet, weil sie keine normale Datei ist (sondern ein Socket); die Standardwerte gelten.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is not a regular file (it is not a plain file); the defaults are used.</source>
            <translation>Die Einstellungsdatei {file} wurde nicht beachtet, weil sie keine normale Datei ist; die Standardwerte gelten.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is larger than {detail}; the defaults are used.</source>
            <translation>Die Einstellungsdatei {file} wurde nicht beachtet, weil sie größer als {detail} ist; die Standardwerte gelten.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it cannot be read ({detail}); the defaults are used.</source>
            <translation>Die Einstellungsdatei {file} wurde nicht beachtet, weil sie nicht gelesen werden kann ({detail}); die Standardwerte gelten.</translation>
        </message>
    </context>
    <context>
        <name>Sharing</name>
        <message>
            <source>Shared routines (*{suffix})</source>
            <translation>Geteilte Programme (*{suffix})</translation>
        </message>
        <message>
            <source>No routine to export</source>
            <translation>Kein Programm zum Exportieren</translation>
        </message>
        <message>
            <source>Choose a routine that works in the list first, then export it.</source>
            <translation>Wählen Sie zuerst ein funktionierendes Programm in der Liste und exportieren Sie es dann.</translation>
        </message>
        <message>
            <source>Export “{name}”</source>
            <translation>„{name}“ exportieren</translation>
        </message>
        <message>
            <source>“{name}” cannot be exported</source>
            <translation>„{name}“ kann nicht exportiert werden</translation>
        </message>
        <message numerus="yes">
            <source>This routine has %n problem(s); fix them before sending it:</source>
            <translation>
                <numerusform>Dieses Programm hat %n Fehler; beheben Sie ihn vor dem Versenden:</numerusform>
                <numerusform>Dieses Programm hat %n Fehler; beheben Sie sie vor dem Versenden:</numerusform>
            </translation>
        </message>
        <message>
            <source>“{name}” could not be saved</source>
            <translation>„{name}“ konnte nicht gespeichert werden</translation>
        </message>
        <message>
            <source>It could not be written in {parent}: {value}</source>
            <translation>Es konnte nicht in {parent} geschrieben werden: {value}</translation>
        </message>
        <message numerus="yes">
            <source>Exported {routine} and %n picture(s) to {output}</source>
            <translation>
                <numerusform>{routine} und %n Bild nach {output} exportiert</numerusform>
                <numerusform>{routine} und %n Bilder nach {output} exportiert</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported {routine} to {output}</source>
            <translation>{routine} nach {output} exportiert</translation>
        </message>
        <message>
            <source>“{name}” is already among your routines</source>
            <translation>„{name}“ ist schon unter Ihren Programmen</translation>
        </message>
        <message>
            <source>You added a routine from a file named “{name}” before. Replace it with the one in “{name2}”, or keep both?</source>
            <translation>Sie haben schon ein Programm aus einer Datei namens „{name}“ hinzugefügt. Durch das aus „{name2}“ ersetzen oder beide behalten?</translation>
        </message>
        <message>
            <source>The one you have is in {taken}. Keep both adds this one with a number after its name, as “{kept}”.</source>
            <translation>Das vorhandene liegt in {taken}. „Beide behalten“ fügt dieses mit einer Nummer hinter dem Namen hinzu, als „{kept}“.</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ersetzen</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Beide behalten</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>“{name}” could not be added</source>
            <translation>„{name}“ konnte nicht hinzugefügt werden</translation>
        </message>
        <message>
            <source>It could not be copied into {user_routines_dir}: {value}</source>
            <translation>Es konnte nicht nach {user_routines_dir} kopiert werden: {value}</translation>
        </message>
        <message>
            <source>“{name}” cannot be used</source>
            <translation>„{name}“ kann nicht verwendet werden</translation>
        </message>
        <message numerus="yes">
            <source>The routine in it has %n problem(s):</source>
            <translation>
                <numerusform>Das Programm darin hat %n Fehler:</numerusform>
                <numerusform>Das Programm darin hat %n Fehler:</numerusform>
            </translation>
        </message>
        <message>
            <source>“{name}” cannot be opened</source>
            <translation>„{name}“ kann nicht geöffnet werden</translation>
        </message>
    </context>
    <context>
        <name>SpeechProblems</name>
        <message>
            <source>Spoken instructions are off because the espeak-ng speech engine is not installed. The screen still guides you. To hear the instructions, install it with: sudo apt install espeak-ng (then start Homestretch again).</source>
            <translation>Die gesprochene Anleitung ist aus, weil die Sprachausgabe espeak-ng nicht installiert ist. Der Bildschirm leitet Sie trotzdem an. Um die Anleitung zu hören, installieren Sie sie mit: sudo apt install espeak-ng (und starten Homestretch neu).</translation>
        </message>
        <message>
            <source>Spoken instructions are off because the speech engine is not working. The screen still guides you. Starting Homestretch again may bring the voice back; if it does not, reinstall the engine with: sudo apt install --reinstall espeak-ng</source>
            <translation>Die gesprochene Anleitung ist aus, weil die Sprachausgabe nicht funktioniert. Der Bildschirm leitet Sie trotzdem an. Ein Neustart von Homestretch bringt die Stimme vielleicht zurück; sonst installieren Sie die Sprachausgabe neu mit: sudo apt install --reinstall espeak-ng</translation>
        </message>
        <message>
            <source>Spoken instructions are off because Homestretch cannot save its speech files in the folder {folder}. The screen still guides you. To hear the instructions, make sure that folder can be written to and the disk is not full, then start Homestretch again.</source>
            <translation>Die gesprochene Anleitung ist aus, weil Homestretch seine Sprachdateien nicht im Ordner {folder} speichern kann. Der Bildschirm leitet Sie trotzdem an. Um die Anleitung zu hören, sorgen Sie dafür, dass der Ordner beschreibbar und die Festplatte nicht voll ist, und starten Sie Homestretch neu.</translation>
        </message>
        <message>
            <source>There will be no voice or beeps because no sound player is installed. The screen still guides you. To hear them, install one with: sudo apt install alsa-utils (then start Homestretch again).</source>
            <translation>Es gibt keine Stimme und keine Töne, weil kein Audioabspieler installiert ist. Der Bildschirm leitet Sie trotzdem an. Um sie zu hören, installieren Sie einen mit: sudo apt install alsa-utils (und starten Homestretch neu).</translation>
        </message>
        <message>
            <source>No sound device was found, so there will be no voice or beeps. The screen still guides you. To hear them, connect speakers or headphones, then start Homestretch again.</source>
            <translation>Es wurde kein Audiogerät gefunden, daher gibt es keine Stimme und keine Töne. Der Bildschirm leitet Sie trotzdem an. Um sie zu hören, schließen Sie Lautsprecher oder Kopfhörer an und starten Homestretch neu.</translation>
        </message>
        <message>
            <source>No installed voice speaks {name}, the language of this routine, so the default voice reads it and may be hard to understand. The screen still guides you. To hear it in its language, install the voices of the espeak-ng speech engine with: sudo apt install espeak-ng-data (then start Homestretch again).</source>
            <translation>Keine installierte Stimme spricht {name}, die Sprache dieses Programms; die Standardstimme liest es daher vor und ist vielleicht schwer zu verstehen. Der Bildschirm leitet Sie trotzdem an. Um es in seiner Sprache zu hören, installieren Sie die Stimmen von espeak-ng mit: sudo apt install espeak-ng-data (und starten Homestretch neu).</translation>
        </message>
    </context>
    <context>
        <name>SpeechSettingsDialog</name>
        <message>
            <source>Say a sample</source>
            <translation>Probe sprechen</translation>
        </message>
        <message>
            <source>Speaking…</source>
            <translation>Spricht…</translation>
        </message>
        <message>
            <source>Speed: {rate} words a minute</source>
            <translation>Tempo: {rate} Wörter pro Minute</translation>
        </message>
        <message>
            <source>Volume: {percent} %</source>
            <translation>Lautstärke: {percent} %</translation>
        </message>
        <message>
            <source>Voice, speed and volume</source>
            <translation>Stimme, Tempo und Lautstärke</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Stimme</translation>
        </message>
        <message>
            <source>Default voice</source>
            <translation>Standardstimme</translation>
        </message>
        <message>
            <source>Voices for {name} come first, then other languages.</source>
            <translation>Stimmen für {name} stehen zuerst, dann andere Sprachen.</translation>
        </message>
    </context>
    <context>
        <name>Stats</name>
        <message>
            <source>finished, {skipped} skipped</source>
            <translation>beendet, {skipped} ausgelassen</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>vollständig</translation>
        </message>
        <message>
            <source>{skipped} skipped</source>
            <translation>{skipped} ausgelassen</translation>
        </message>
        <message>
            <source>{partial} part way</source>
            <translation>{partial} teilweise</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>gestoppt</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>unterbrochen</translation>
        </message>
        <message numerus="yes">
            <source>Before sessions: average {mean} over %n rating(s), first {first}, last {last}</source>
            <translation>
                <numerusform>Vor den Sitzungen: Durchschnitt {mean} aus %n Bewertung, erste {first}, letzte {last}</numerusform>
                <numerusform>Vor den Sitzungen: Durchschnitt {mean} aus %n Bewertungen, erste {first}, letzte {last}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>before sessions: average {mean} over %n rating(s), first {first}, last {last}</source>
            <translation>
                <numerusform>vor den Sitzungen: Durchschnitt {mean} aus %n Bewertung, erste {first}, letzte {last}</numerusform>
                <numerusform>vor den Sitzungen: Durchschnitt {mean} aus %n Bewertungen, erste {first}, letzte {last}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>After sessions: average {mean} over %n rating(s), first {first}, last {last}</source>
            <translation>
                <numerusform>Nach den Sitzungen: Durchschnitt {mean} aus %n Bewertung, erste {first}, letzte {last}</numerusform>
                <numerusform>Nach den Sitzungen: Durchschnitt {mean} aus %n Bewertungen, erste {first}, letzte {last}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>after sessions: average {mean} over %n rating(s), first {first}, last {last}</source>
            <translation>
                <numerusform>nach den Sitzungen: Durchschnitt {mean} aus %n Bewertung, erste {first}, letzte {last}</numerusform>
                <numerusform>nach den Sitzungen: Durchschnitt {mean} aus %n Bewertungen, erste {first}, letzte {last}</numerusform>
            </translation>
        </message>
        <message>
            <source>No ratings in this period</source>
            <translation>Keine Bewertungen in diesem Zeitraum</translation>
        </message>
        <message>
            <source>no ratings in this period</source>
            <translation>keine Bewertungen in diesem Zeitraum</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the items of a list</comment>
            <translation>; </translation>
        </message>
    </context>
    <context>
        <name>StopRule</name>
        <message>
            <source>pain is {now} out of 10 (the limit set is {limit})</source>
            <translation>Schmerz {now} von 10 (die festgelegte Grenze ist {limit})</translation>
        </message>
        <message>
            <source>pain rose from {before} to {now} (the limit set is a rise of {rise})</source>
            <translation>Schmerz von {before} auf {now} gestiegen (die festgelegte Grenze ist ein Anstieg um {rise})</translation>
        </message>
        <message>
            <source>pain {now} of 10 is above the limit {limit}</source>
            <translation>Schmerz {now} von 10 liegt über der Grenze {limit}</translation>
        </message>
        <message>
            <source>(no detail)</source>
            <translation>(keine Angabe)</translation>
        </message>
    </context>
    <context>
        <name>WarningDialog</name>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>_SidesField</name>
        <message>
            <source>change sides</source>
            <translation>Seiten ändern</translation>
        </message>
    </context>
</TS>
