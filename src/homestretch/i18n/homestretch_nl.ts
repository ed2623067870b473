<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
    <context>
        <name>A11y</name>
        <message>
            <source>Left arrow</source>
            <translation>Pijl naar links</translation>
        </message>
        <message>
            <source>Right arrow</source>
            <translation>Pijl naar rechts</translation>
        </message>
        <message>
            <source>Up arrow</source>
            <translation>Pijl omhoog</translation>
        </message>
        <message>
            <source>Down arrow</source>
            <translation>Pijl omlaag</translation>
        </message>
        <message>
            <source>Escape</source>
            <translation>Esc-toets</translation>
        </message>
        <message>
            <source>Shortcut: {keys}</source>
            <translation>Sneltoets: {keys}</translation>
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
            <translation>Sessies worden niet opgeslagen. {problem}</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Pain before and after</source>
            <translation>Pijn voor en na</translation>
        </message>
        <message>
            <source>No pain ratings in these dates</source>
            <translation>Geen pijnscores in deze periode</translation>
        </message>
        <message>
            <source>{title} (weekly average)</source>
            <translation>{title} (weekgemiddelde)</translation>
        </message>
        <message>
            <source>Before the session</source>
            <translation>Voor de sessie</translation>
        </message>
        <message>
            <source>After the session</source>
            <translation>Na de sessie</translation>
        </message>
        <message>
            <source>Pain (0–10)</source>
            <translation>Pijn (0–10)</translation>
        </message>
        <message>
            <source>Exercises completed</source>
            <translation>Voltooide oefeningen</translation>
        </message>
        <message>
            <source>No exercises in these dates</source>
            <translation>Geen oefeningen in deze periode</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Voltooid</translation>
        </message>
    </context>
    <context>
        <name>Checkin</name>
        <message>
            <source>no pain</source>
            <translation>geen pijn</translation>
        </message>
        <message>
            <source>mild</source>
            <translation>licht</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>matig</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>hevig</translation>
        </message>
        <message>
            <source>worst imaginable</source>
            <translation>ergst denkbaar</translation>
        </message>
        <message>
            <source>lower back</source>
            <translation>onderrug</translation>
        </message>
        <message>
            <source>left buttock</source>
            <translation>linkerbil</translation>
        </message>
        <message>
            <source>right buttock</source>
            <translation>rechterbil</translation>
        </message>
        <message>
            <source>back of the left thigh</source>
            <translation>achterkant linkerdij</translation>
        </message>
        <message>
            <source>back of the right thigh</source>
            <translation>achterkant rechterdij</translation>
        </message>
        <message>
            <source>outside of the left thigh</source>
            <translation>buitenkant linkerdij</translation>
        </message>
        <message>
            <source>outside of the right thigh</source>
            <translation>buitenkant rechterdij</translation>
        </message>
        <message>
            <source>back of the left calf</source>
            <translation>linkerkuit</translation>
        </message>
        <message>
            <source>back of the right calf</source>
            <translation>rechterkuit</translation>
        </message>
        <message>
            <source>outside of the left calf</source>
            <translation>buitenkant linkeronderbeen</translation>
        </message>
        <message>
            <source>outside of the right calf</source>
            <translation>buitenkant rechteronderbeen</translation>
        </message>
        <message>
            <source>left hip</source>
            <translation>linkerheup</translation>
        </message>
        <message>
            <source>right hip</source>
            <translation>rechterheup</translation>
        </message>
        <message>
            <source>front of the left thigh</source>
            <translation>voorkant linkerdij</translation>
        </message>
        <message>
            <source>front of the right thigh</source>
            <translation>voorkant rechterdij</translation>
        </message>
        <message>
            <source>left knee</source>
            <translation>linkerknie</translation>
        </message>
        <message>
            <source>right knee</source>
            <translation>rechterknie</translation>
        </message>
        <message>
            <source>left shin</source>
            <translation>linkerscheenbeen</translation>
        </message>
        <message>
            <source>right shin</source>
            <translation>rechterscheenbeen</translation>
        </message>
        <message>
            <source>left foot</source>
            <translation>linkervoet</translation>
        </message>
        <message>
            <source>right foot</source>
            <translation>rechtervoet</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>January</source>
            <translation>januari</translation>
        </message>
        <message>
            <source>February</source>
            <translation>februari</translation>
        </message>
        <message>
            <source>March</source>
            <translation>maart</translation>
        </message>
        <message>
            <source>April</source>
            <translation>april</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mei</translation>
        </message>
        <message>
            <source>June</source>
            <translation>juni</translation>
        </message>
        <message>
            <source>July</source>
            <translation>juli</translation>
        </message>
        <message>
            <source>August</source>
            <translation>augustus</translation>
        </message>
        <message>
            <source>September</source>
            <translation>september</translation>
        </message>
        <message>
            <source>October</source>
            <translation>oktober</translation>
        </message>
        <message>
            <source>November</source>
            <translation>november</translation>
        </message>
        <message>
            <source>December</source>
            <translation>december</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>jan</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>feb</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>mrt</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>apr</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>jun</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>jul</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>aug</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>sep</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>okt</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>nov</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>dec</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>ma</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>di</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>wo</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>do</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>vr</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>za</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>zo</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <comment>a long date</comment>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <source>{weekday} {day} {month} {year}</source>
            <comment>a short date</comment>
            <translation>{weekday} {day} {month} {year}</translation>
        </message>
        <message>
            <source>{day} {month}</source>
            <comment>a day of a month, short</comment>
            <translation>{day} {month}</translation>
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
            <translation>{value}%</translation>
        </message>
    </context>
    <context>
        <name>DisplayChoices</name>
        <message>
            <source>&amp;Follow the system</source>
            <translation>&amp;Zoals het systeem</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Licht</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Donker</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>&amp;Hoog contrast</translation>
        </message>
        <message>
            <source>&amp;Colours</source>
            <translation>&amp;Kleuren</translation>
        </message>
        <message>
            <source>&amp;Text size</source>
            <translation>&amp;Tekstgrootte</translation>
        </message>
    </context>
    <context>
        <name>Draft</name>
        <message>
            <source>Exercise</source>
            <translation>Oefening</translation>
        </message>
        <message>
            <source>add exercise</source>
            <translation>oefening toevoegen</translation>
        </message>
        <message>
            <source>remove exercise</source>
            <translation>oefening verwijderen</translation>
        </message>
        <message>
            <source>move exercise</source>
            <translation>oefening verplaatsen</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>add phase</source>
            <translation>fase toevoegen</translation>
        </message>
        <message>
            <source>remove phase</source>
            <translation>fase verwijderen</translation>
        </message>
        <message>
            <source>move phase</source>
            <translation>fase verplaatsen</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Stap</translation>
        </message>
        <message>
            <source>add step</source>
            <translation>stap toevoegen</translation>
        </message>
        <message>
            <source>remove step</source>
            <translation>stap verwijderen</translation>
        </message>
        <message>
            <source>move step</source>
            <translation>stap verplaatsen</translation>
        </message>
        <message>
            <source>Caution</source>
            <translation>Waarschuwing</translation>
        </message>
        <message>
            <source>add caution</source>
            <translation>waarschuwing toevoegen</translation>
        </message>
        <message>
            <source>remove caution</source>
            <translation>waarschuwing verwijderen</translation>
        </message>
        <message>
            <source>move caution</source>
            <translation>waarschuwing verplaatsen</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>add item</source>
            <translation>item toevoegen</translation>
        </message>
        <message>
            <source>remove item</source>
            <translation>item verwijderen</translation>
        </message>
        <message>
            <source>move item</source>
            <translation>item verplaatsen</translation>
        </message>
        <message>
            <source>the file is not a routine</source>
            <translation>het bestand is geen oefenschema</translation>
        </message>
        <message>
            <source>remove “{field}”</source>
            <translation>‘{field}’ verwijderen</translation>
        </message>
        <message>
            <source>change “{field}”</source>
            <translation>‘{field}’ wijzigen</translation>
        </message>
        <message>
            <source>duplicate exercise</source>
            <translation>oefening dupliceren</translation>
        </message>
        <message>
            <source>Undo {change}</source>
            <translation>Ongedaan maken: {change}</translation>
        </message>
        <message>
            <source>Redo {change}</source>
            <translation>Opnieuw: {change}</translation>
        </message>
        <message>
            <source>{file} is not an SVG, PNG or JPEG picture</source>
            <translation>{file} is geen SVG-, PNG- of JPEG-afbeelding</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Schema</translation>
        </message>
        <message>
            <source>line {line}: {message}</source>
            <comment>a problem in a figure file</comment>
            <translation>regel {line}: {message}</translation>
        </message>
    </context>
    <context>
        <name>EditorWindow</name>
        <message>
            <source>This is a routine that comes with Homestretch. Saving keeps it as it is and saves your changes as your own copy, with its own name.</source>
            <translation>Dit schema hoort bij Homestretch. Bij opslaan blijft het ongewijzigd en worden uw wijzigingen bewaard als uw eigen kopie, met een eigen naam.</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s) (the length shows once the problems below are fixed)</source>
            <translation>
                <numerusform>%n oefening (de duur verschijnt zodra de fouten hieronder zijn verbeterd)</numerusform>
                <numerusform>%n oefeningen (de duur verschijnt zodra de fouten hieronder zijn verbeterd)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n oefening</numerusform>
                <numerusform>%n oefeningen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s), {exercises}</source>
            <translation>
                <numerusform>%n minuut, {exercises}</numerusform>
                <numerusform>%n minuten, {exercises}</numerusform>
            </translation>
        </message>
        <message>
            <source>Routine settings</source>
            <translation>Instellingen van het schema</translation>
        </message>
        <message>
            <source>The routine's name, description, times and stop rule</source>
            <translation>Naam, beschrijving, tijden en stopregel van het schema</translation>
        </message>
        <message>
            <source>Exercises (drag, or Alt+Up/Down, to reorder)</source>
            <translation>Oefeningen (sleep, of Alt+pijl omhoog/omlaag, om te ordenen)</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Oefeningen</translation>
        </message>
        <message>
            <source>Drag an exercise, or press Alt+Up or Alt+Down, to move it</source>
            <translation>Sleep een oefening, of druk op Alt+pijl omhoog of Alt+pijl omlaag, om die te verplaatsen</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Nieuw…</translation>
        </message>
        <message>
            <source>Add an exercise</source>
            <translation>Oefening toevoegen</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliceren</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Remove the selected exercise</source>
            <translation>Geselecteerde oefening verwijderen</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Omhoog</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+pijl omhoog</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Omlaag</translation>
        </message>
        <message>
            <source>Alt+Down</source>
            <translation>Alt+pijl omlaag</translation>
        </message>
        <message>
            <source>Preview the session…</source>
            <translation>Voorbeeld van de sessie…</translation>
        </message>
        <message>
            <source>▶ Try it ({TRY_SPEED:g}× faster, silent, not logged)</source>
            <translation>▶ Uitproberen ({TRY_SPEED:g}× sneller, stil, niet bijgehouden)</translation>
        </message>
        <message>
            <source>Save  (Ctrl+S)</source>
            <translation>Opslaan  (Ctrl+S)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>&amp;Routine</source>
            <translation>&amp;Schema</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Opslaan</translation>
        </message>
        <message>
            <source>&amp;Preview the session…</source>
            <translation>&amp;Voorbeeld van de sessie…</translation>
        </message>
        <message>
            <source>&amp;Try it</source>
            <translation>&amp;Uitproberen</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Sluiten</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bewerken</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Op&amp;nieuw</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Oefening</translation>
        </message>
        <message>
            <source>Blank exercise</source>
            <translation>Lege oefening</translation>
        </message>
        <message>
            <source>{number}. {name}</source>
            <translation>{number}. {name}</translation>
        </message>
        <message>
            <source>no name yet</source>
            <translation>nog geen naam</translation>
        </message>
        <message>
            <source>This exercise has something to fix</source>
            <translation>Aan deze oefening moet iets worden verbeterd</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>Nieuw schema</translation>
        </message>
        <message>
            <source>{mark}Edit “{name}” – Homestretch</source>
            <translation>{mark}‘{name}’ bewerken – Homestretch</translation>
        </message>
        <message>
            <source>Warning: {text}</source>
            <translation>Waarschuwing: {text}</translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) to fix before saving (marked ⚠ in the list, and next to each field).</source>
            <translation>
                <numerusform>%n fout te verbeteren voor het opslaan (met ⚠ in de lijst en naast het veld).</numerusform>
                <numerusform>%n fouten te verbeteren voor het opslaan (met ⚠ in de lijst en naast elk veld).</numerusform>
            </translation>
        </message>
        <message>
            <source>Exercise {number} ({name}): </source>
            <translation>Oefening {number} ({name}): </translation>
        </message>
        <message>
            <source>no name</source>
            <translation>zonder naam</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Nog niet opgeslagen</translation>
        </message>
        <message>
            <source>The routine has problems to fix first (each is shown next to its field):</source>
            <translation>Het schema heeft eerst fouten om te verbeteren (elk staat naast zijn veld):</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <source>The routine has problems to fix first:</source>
            <translation>Het schema heeft eerst fouten om te verbeteren:</translation>
        </message>
        <message>
            <source>The routine could not be saved: {value}. Nothing was lost: it is still open here.</source>
            <translation>Het schema kon niet worden opgeslagen: {value}. Er is niets verloren: het staat hier nog open.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <source>Save the changes to this routine before closing?</source>
            <translation>De wijzigingen in dit schema opslaan voor het sluiten?</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Discard the changes</source>
            <translation>Wijzigingen weggooien</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
    </context>
    <context>
        <name>EventKind</name>
        <message>
            <source>pain during the session</source>
            <translation>pijn tijdens de sessie</translation>
        </message>
        <message>
            <source>stop rule</source>
            <translation>stopregel</translation>
        </message>
        <message>
            <source>ended the session as advised</source>
            <translation>sessie beëindigd zoals geadviseerd</translation>
        </message>
        <message>
            <source>carried on after the advice to stop</source>
            <translation>doorgegaan na het advies te stoppen</translation>
        </message>
    </context>
    <context>
        <name>ExerciseForm</name>
        <message>
            <source>How the exercise is timed</source>
            <translation>Hoe de oefening getimed wordt</translation>
        </message>
        <message>
            <source>Exercise {value}: {value2}</source>
            <translation>Oefening {value}: {value2}</translation>
        </message>
        <message>
            <source>no name yet</source>
            <translation>nog geen naam</translation>
        </message>
        <message>
            <source>use one timed stretch</source>
            <translation>één rekoefening op tijd gebruiken</translation>
        </message>
        <message>
            <source>use reps of phases</source>
            <translation>herhalingen uit fasen gebruiken</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Allowed: from {low} to {high}.</source>
            <translation>Toegestaan: van {low} tot {high}.</translation>
        </message>
        <message>
            <source>Allowed: more than {low} and up to {high} seconds.</source>
            <translation>Toegestaan: meer dan {low} en hoogstens {high} seconden.</translation>
        </message>
        <message>
            <source>Allowed: from {low} to {high} seconds.</source>
            <translation>Toegestaan: van {low} tot {high} seconden.</translation>
        </message>
        <message numerus="yes">
            <source>Allowed: up to %n character(s).</source>
            <translation>
                <numerusform>Toegestaan: hoogstens %n teken.</numerusform>
                <numerusform>Toegestaan: hoogstens %n tekens.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At least one; each up to %n character(s).</source>
            <translation>
                <numerusform>Minstens één regel; elke regel hoogstens %n teken.</numerusform>
                <numerusform>Minstens één regel; elke regel hoogstens %n tekens.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each up to %n character(s).</source>
            <translation>
                <numerusform>Elke regel hoogstens %n teken.</numerusform>
                <numerusform>Elke regel hoogstens %n tekens.</numerusform>
            </translation>
        </message>
        <message>
            <source>Allowed: from {low} to {high} phases.</source>
            <translation>Toegestaan: {low} tot {high} fasen.</translation>
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
            <translation>Van voren gezien</translation>
        </message>
        <message>
            <source>Close-up: palms circle the kneecap</source>
            <translation>Close-up: handpalmen draaien rond de knieschijf</translation>
        </message>
        <message>
            <source>Close-up: hands slide to the ankle</source>
            <translation>Close-up: handen glijden naar de enkel</translation>
        </message>
        <message>
            <source>From the head end: head on crossed arms</source>
            <translation>Vanaf het hoofdeinde: hoofd op gekruiste armen</translation>
        </message>
    </context>
    <context>
        <name>FigureProblems</name>
        <message>
            <source>invalid figure</source>
            <translation>ongeldige figuur</translation>
        </message>
        <message>
            <source>'{key}' needs 'schema: 2' (this figure says schema: {schema})</source>
            <translation>'{key}' vereist 'schema: 2' (deze figuur zegt schema: {schema})</translation>
        </message>
        <message>
            <source>this figure uses format {schema}; update Homestretch</source>
            <translation>deze figuur gebruikt formaat {schema}; werk Homestretch bij</translation>
        </message>
        <message>
            <source>a figure needs a 'description': what it shows, in a sentence or two</source>
            <translation>een figuur heeft een 'description' nodig: wat ze toont, in een of twee zinnen</translation>
        </message>
        <message>
            <source>phase '{phase}' is listed twice</source>
            <translation>fase '{phase}' staat twee keer in de lijst</translation>
        </message>
        <message>
            <source>hand motion needs a pose named 'hands'</source>
            <translation>handbeweging vereist een houding met de naam 'hands'</translation>
        </message>
        <message>
            <source>a list of poses needs 'schema: 2' (this figure says schema: {schema})</source>
            <translation>een lijst van houdingen vereist 'schema: 2' (deze figuur zegt schema: {schema})</translation>
        </message>
        <message>
            <source>phase '{phase}' must list 1 to {max} poses</source>
            <translation>fase '{phase}' moet 1 tot {max} houdingen noemen</translation>
        </message>
        <message>
            <source>'phases' must map phase names to pose names</source>
            <translation>'phases' moet fasenamen aan houdingnamen koppelen</translation>
        </message>
        <message>
            <source>'poses' must map pose names to poses</source>
            <translation>'poses' moet houdingnamen aan houdingen koppelen</translation>
        </message>
        <message>
            <source>duplicate pose '{pose}'</source>
            <translation>dubbele houding '{pose}'</translation>
        </message>
        <message>
            <source>'poses' needs a pose named 'start'</source>
            <translation>'poses' vereist een houding met de naam 'start'</translation>
        </message>
        <message>
            <source>'hip' must be [x, y] in body heights</source>
            <translation>'hip' moet [x, y] in lichaamslengtes zijn</translation>
        </message>
        <message>
            <source>this knee would bend the wrong way or too far ({degrees} degrees; a knee bends 0 to 165 degrees, the shin turning clockwise from the thigh)</source>
            <translation>deze knie zou de verkeerde kant op of te ver buigen ({degrees} graden; een knie buigt 0 tot 165 graden, het onderbeen draait met de klok mee vanaf het bovenbeen)</translation>
        </message>
        <message>
            <source>this elbow would bend the wrong way or too far ({degrees} degrees; an elbow bends 0 to 165 degrees, the forearm turning anticlockwise)</source>
            <translation>deze elleboog zou de verkeerde kant op of te ver buigen ({degrees} graden; een elleboog buigt 0 tot 165 graden, de onderarm draait tegen de klok in)</translation>
        </message>
        <message>
            <source>'reach' must be one of: {targets}</source>
            <translation>'reach' moet een van deze zijn: {targets}</translation>
        </message>
        <message>
            <source>no pose named '{pose}' in 'poses'</source>
            <translation>geen houding met de naam '{pose}' in 'poses'</translation>
        </message>
    </context>
    <context>
        <name>FileProblems</name>
        <message>
            <source>does not exist</source>
            <translation>bestaat niet</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>is een map, geen bestand</translation>
        </message>
        <message>
            <source>is not a regular file (it is a named pipe)</source>
            <translation>is geen gewoon bestand (het is een named pipe)</translation>
        </message>
        <message>
            <source>is not a regular file (it is a device)</source>
            <translation>is geen gewoon bestand (het is een apparaat)</translation>
        </message>
        <message>
            <source>is not a regular file (it is a socket)</source>
            <translation>is geen gewoon bestand (het is een socket)</translation>
        </message>
        <message>
            <source>is not a regular file (it is not a plain file)</source>
            <translation>is geen gewoon bestand</translation>
        </message>
        <message>
            <source>is larger than {size}</source>
            <translation>is groter dan {size}</translation>
        </message>
        <message>
            <source>cannot be read ({reason})</source>
            <translation>kan niet worden gelezen ({reason})</translation>
        </message>
        <message>
            <source>{file} does not exist</source>
            <translation>{file} bestaat niet</translation>
        </message>
        <message>
            <source>{file} is a folder, not a file</source>
            <translation>{file} is een map, geen bestand</translation>
        </message>
        <message>
            <source>{file} is not a regular file (it is a named pipe)</source>
            <translation>{file} is geen gewoon bestand (het is een named pipe)</translation>
        </message>
        <message>
            <source>{file} is not a regular file (it is a device)</source>
            <translation>{file} is geen gewoon bestand (het is een apparaat)</translation>
        </message>
        <message>
            <source>{file} is not a regular file (it is a socket)</source>
            <translation>{file} is geen gewoon bestand (het is een socket)</translation>
        </message>
        <message>
            <source>{file} is not a regular file (it is not a plain file)</source>
            <translation>{file} is geen gewoon bestand</translation>
        </message>
        <message>
            <source>{file} is larger than {size}</source>
            <translation>{file} is groter dan {size}</translation>
        </message>
        <message>
            <source>{file} cannot be read ({reason})</source>
            <translation>{file} kan niet worden gelezen ({reason})</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <source>Sitting</source>
            <translation>Zittend</translation>
        </message>
        <message>
            <source>Standing</source>
            <translation>Staand</translation>
        </message>
        <message>
            <source>Lying face down</source>
            <translation>Op de buik</translation>
        </message>
        <message>
            <source>Lying on the back</source>
            <translation>Op de rug</translation>
        </message>
        <message>
            <source>Lying on one side</source>
            <translation>Op de zij</translation>
        </message>
        <message>
            <source>Not a one-leg exercise</source>
            <translation>Geen oefening voor één been</translation>
        </message>
        <message>
            <source>Both legs at once</source>
            <translation>Beide benen tegelijk</translation>
        </message>
        <message>
            <source>One leg, then the other, rep by rep</source>
            <translation>Om en om, herhaling na herhaling</translation>
        </message>
        <message>
            <source>All reps on one leg, then the other</source>
            <translation>Eerst één been helemaal, dan het andere</translation>
        </message>
        <message>
            <source>Right leg first</source>
            <translation>Eerst het rechterbeen</translation>
        </message>
        <message>
            <source>Left leg first</source>
            <translation>Eerst het linkerbeen</translation>
        </message>
        <message>
            <source>Timed stretch: seconds</source>
            <translation>Rekoefening op tijd: seconden</translation>
        </message>
        <message>
            <source>Timed stretch: name</source>
            <translation>Rekoefening op tijd: naam</translation>
        </message>
        <message>
            <source>Timed stretch: spoken cue</source>
            <translation>Rekoefening op tijd: gesproken aanwijzing</translation>
        </message>
        <message>
            <source>the routine's</source>
            <translation>zoals het schema</translation>
        </message>
        <message>
            <source>off</source>
            <translation>uit</translation>
        </message>
        <message>
            <source>Repetitions in timed phases</source>
            <translation>Herhalingen in getimede fasen</translation>
        </message>
        <message>
            <source>One timed stretch on each side</source>
            <translation>Eén rekoefening op tijd per kant</translation>
        </message>
        <message>
            <source>The routine</source>
            <translation>Het schema</translation>
        </message>
        <message>
            <source>Stop rule</source>
            <translation>Stopregel</translation>
        </message>
        <message>
            <source>Legs</source>
            <translation>Benen</translation>
        </message>
        <message>
            <source>Timing</source>
            <translation>Timing</translation>
        </message>
    </context>
    <context>
        <name>HandedOver</name>
        <message>
            <source>{names} will be added to your routines after this session.</source>
            <translation>{names} wordt na deze sessie aan uw schema’s toegevoegd.</translation>
        </message>
    </context>
    <context>
        <name>HandoutJobs</name>
        <message>
            <source>Save the handout as PDF</source>
            <translation>De folder opslaan als pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Pdf-bestanden (*.pdf)</translation>
        </message>
        <message>
            <source>Print the handout</source>
            <translation>De folder afdrukken</translation>
        </message>
        <message>
            <source>No routine chosen</source>
            <translation>Geen schema gekozen</translation>
        </message>
        <message>
            <source>Choose a routine in the list first: the handout is made from it.</source>
            <translation>Kies eerst een schema in de lijst: de folder wordt ervan gemaakt.</translation>
        </message>
        <message>
            <source>Making the handout: {name}…</source>
            <translation>Folder wordt gemaakt: {name}…</translation>
        </message>
        <message>
            <source>Printing the handout…</source>
            <translation>Folder wordt afgedrukt…</translation>
        </message>
        <message>
            <source>The handout could not be saved as {target}: {reason}.</source>
            <translation>De folder kon niet worden opgeslagen als {target}: {reason}.</translation>
        </message>
        <message>
            <source>The handout could not be saved: {problem}.</source>
            <translation>De folder kon niet worden opgeslagen: {problem}.</translation>
        </message>
        <message>
            <source>The handout could not be printed: {problem}.</source>
            <translation>De folder kon niet worden afgedrukt: {problem}.</translation>
        </message>
        <message>
            <source>Handout saved: {path}</source>
            <translation>Folder opgeslagen: {path}</translation>
        </message>
        <message>
            <source>The handout was sent to the printer.</source>
            <translation>De folder is naar de printer gestuurd.</translation>
        </message>
        <message>
            <source>Handout</source>
            <translation>Folder</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Space</source>
            <translation>Spatie</translation>
        </message>
        <message>
            <source>start, pause, resume</source>
            <translation>starten, pauzeren, hervatten</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>on an exercise in the list: do only that one (double-click does too)</source>
            <translation>op een oefening in de lijst: alleen die doen (dubbelklikken ook)</translation>
        </message>
        <message>
            <source>→ / ←</source>
            <translation>→ / ←</translation>
        </message>
        <message>
            <source>next exercise / back to the start of this one (or the one before)</source>
            <translation>volgende oefening / terug naar het begin van deze (of de vorige)</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>stop (asks first; what you did is saved)</source>
            <translation>stoppen (vraagt eerst; wat u deed wordt bewaard)</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>mute or unmute the voice and the sounds</source>
            <translation>stem en geluiden uit- of aanzetten</translation>
        </message>
        <message>
            <source>F11</source>
            <translation>F11</translation>
        </message>
        <message>
            <source>full screen</source>
            <translation>volledig scherm</translation>
        </message>
        <message>
            <source>0–9</source>
            <translation>0–9</translation>
        </message>
        <message>
            <source>your pain right now, 0 to 10 (1 then 0 is 10)</source>
            <translation>uw pijn op dit moment, 0 tot 10 (1 en dan 0 is 10)</translation>
        </message>
        <message>
            <source>Ctrl+H</source>
            <translation>Ctrl+H</translation>
        </message>
        <message>
            <source>your history (Esc goes back)</source>
            <translation>uw geschiedenis (Esc gaat terug)</translation>
        </message>
        <message>
            <source>Space or Enter</source>
            <translation>Spatie of Enter</translation>
        </message>
        <message>
            <source>after advice to stop: end the session, as advised</source>
            <translation>na het advies te stoppen: de sessie beëindigen, zoals geadviseerd</translation>
        </message>
        <message>
            <source>C</source>
            <translation>C</translation>
        </message>
        <message>
            <source>after advice to stop: carry on anyway (noted in your history)</source>
            <translation>na het advies te stoppen: toch doorgaan (genoteerd in uw geschiedenis)</translation>
        </message>
        <message>
            <source>Esc, Enter or Space</source>
            <translation>Esc, Enter of Spatie</translation>
        </message>
        <message>
            <source>after a session: back to the routines, ready for the next one</source>
            <translation>na een sessie: terug naar de schema’s, klaar voor de volgende</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <source>after a session: save the note you are writing</source>
            <translation>na een sessie: de notitie die u schrijft opslaan</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>move to the next button or box</source>
            <translation>naar de volgende knop of het volgende vak</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>this list of keys</source>
            <translation>deze lijst met toetsen</translation>
        </message>
        <message>
            <source>Keyboard keys</source>
            <translation>Sneltoetsen</translation>
        </message>
        <message>
            <source>Everything works from the keyboard:</source>
            <translation>Alles werkt ook met het toetsenbord:</translation>
        </message>
        <message>
            <source>The routine file format</source>
            <translation>Het bestandsformaat van schema’s</translation>
        </message>
        <message>
            <source>Open the guide</source>
            <translation>Handleiding openen</translation>
        </message>
        <message>
            <source>A routine is a text file (YAML) that says which exercises to do, in what order, and how many reps, sets, holds and rests. The guide for physiotherapists who write one is here:</source>
            <translation>Een schema is een tekstbestand (YAML) dat zegt welke oefeningen u doet, in welke volgorde, en hoeveel herhalingen, series, vasthoudtijden en rustpauzes. De handleiding voor fysiotherapeuten die er een schrijven staat hier:</translation>
        </message>
        <message>
            <source>This copy of Homestretch was installed without the guide. It is also at docs/routine-format.md in Homestretch's source code.</source>
            <translation>Deze kopie van Homestretch is zonder de handleiding geïnstalleerd. Hij staat ook in docs/routine-format.md in de broncode van Homestretch.</translation>
        </message>
        <message>
            <source>To check a file: homestretch validate FILE</source>
            <translation>Een bestand controleren: homestretch validate BESTAND</translation>
        </message>
        <message>
            <source>Your data folder</source>
            <translation>Uw gegevensmap</translation>
        </message>
        <message>
            <source>Open the folder</source>
            <translation>Map openen</translation>
        </message>
        <message>
            <source>Your session log and your own routines are kept on this computer, in this folder:</source>
            <translation>Uw sessielogboek en uw eigen schema’s staan op deze computer, in deze map:</translation>
        </message>
        <message>
            <source>It is made when the first session is saved.</source>
            <translation>Hij wordt gemaakt wanneer de eerste sessie wordt opgeslagen.</translation>
        </message>
        <message>
            <source>Routines put in its “{name}” folder are offered on the routines page. To keep your history safe, copy the whole folder.</source>
            <translation>Schema’s in de map ‘{name}’ worden op de schemapagina aangeboden. Kopieer de hele map om uw geschiedenis veilig te bewaren.</translation>
        </message>
        <message>
            <source>About {APP_NAME}</source>
            <translation>Over {APP_NAME}</translation>
        </message>
        <message>
            <source>Guided home exercises for low back pain that spreads down one leg (sciatica): a large timer, which leg to move, spoken steps, and a private log of every session on your own computer.</source>
            <translation>Begeleide thuisoefeningen bij lage rugpijn die uitstraalt naar één been (ischias): een grote timer, welk been aan de beurt is, gesproken stappen en een privélogboek van elke sessie op uw eigen computer.</translation>
        </message>
        <message>
            <source>Licence: {LICENCE} (the GNU General Public License, version 3 or any later version). You may use, study, share and change it under its terms.</source>
            <translation>Licentie: {LICENCE} (de GNU General Public License, versie 3 of een latere versie). U mag het onder die voorwaarden gebruiken, bestuderen, delen en aanpassen.</translation>
        </message>
        <message>
            <source>Homestretch does not replace medical advice. Do only the exercises your physiotherapist has given you, and stop if the pain down your leg gets worse.</source>
            <translation>Homestretch vervangt geen medisch advies. Doe alleen de oefeningen die uw fysiotherapeut u heeft gegeven, en stop als de pijn in uw been erger wordt.</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Help text</source>
            <translation>Helptekst</translation>
        </message>
        <message>
            <source>Where it is</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>It is not there: {path} does not exist.</source>
            <translation>Niet gevonden: {path} bestaat niet.</translation>
        </message>
        <message>
            <source>No program on this computer would open it. You can copy the path above into your file manager.</source>
            <translation>Geen programma op deze computer kan het openen. U kunt het pad hierboven naar uw bestandsbeheer kopiëren.</translation>
        </message>
        <message>
            <source>Opened.</source>
            <translation>Geopend.</translation>
        </message>
    </context>
    <context>
        <name>HistoryProblems</name>
        <message>
            <source>{file}: cannot upgrade the session log: a copy of it ({copy}) is made first and could not be: {reason}. The log was left as it was.</source>
            <translation>{file}: het sessielogboek kan niet worden bijgewerkt: eerst wordt er een kopie van gemaakt ({copy}) en dat lukte niet: {reason}. Het logboek is gebleven zoals het was.</translation>
        </message>
        <message>
            <source>{file}: the session log is damaged ({reason}) and cannot be read. It was left untouched. To get help, send a copy of it (with the file {name}-wal beside it, if there is one). To start a new log and keep the old one, close Homestretch and move the file (and its -wal file) to another folder or rename it, for example to {stem}-damaged{suffix}; Homestretch starts a new log the next time it opens.</source>
            <translation>{file}: het sessielogboek is beschadigd ({reason}) en kan niet worden gelezen. Het is niet aangeraakt. Stuur voor hulp een kopie ervan (met het bestand {name}-wal ernaast, als dat er is). Om een nieuw logboek te beginnen en het oude te bewaren: sluit Homestretch en verplaats het bestand (en het -wal-bestand) naar een andere map of geef het een andere naam, bijvoorbeeld {stem}-damaged{suffix}; Homestretch begint bij de volgende start een nieuw logboek.</translation>
        </message>
        <message>
            <source>{file}: this file is not a Homestretch session log (or it is damaged); it was left untouched. Move it away to start a new log.</source>
            <translation>{file}: dit bestand is geen sessielogboek van Homestretch (of het is beschadigd); het is niet aangeraakt. Verplaats het om een nieuw logboek te beginnen.</translation>
        </message>
        <message>
            <source>{file}: cannot open the session log: {reason}</source>
            <translation>{file}: het sessielogboek kan niet worden geopend: {reason}</translation>
        </message>
        <message>
            <source>{file}: cannot use the session log: {reason}</source>
            <translation>{file}: het sessielogboek kan niet worden gebruikt: {reason}</translation>
        </message>
        <message>
            <source>{file}: cannot read the session log: {reason}</source>
            <translation>{file}: het sessielogboek kan niet worden gelezen: {reason}</translation>
        </message>
        <message>
            <source>{file}: not written: {areas} is not an area of the body map</source>
            <translation>{file}: niet opgeslagen: {areas} is geen gebied van de lichaamskaart</translation>
        </message>
        <message>
            <source>{file}: not written: {areas} are not areas of the body map</source>
            <translation>{file}: niet opgeslagen: {areas} zijn geen gebieden van de lichaamskaart</translation>
        </message>
        <message>
            <source>{file}: there is no session log</source>
            <translation>{file}: er is geen sessielogboek</translation>
        </message>
        <message>
            <source>{file}: cannot write the session log: {reason}</source>
            <translation>{file}: het sessielogboek kan niet worden geschreven: {reason}</translation>
        </message>
        <message>
            <source>{file}: this session log was written by a newer Homestretch (log version {version}, this version reads up to {known}); update Homestretch to open it. The file was left untouched.</source>
            <translation>{file}: dit sessielogboek is geschreven door een nieuwere Homestretch (logboekversie {version}, deze versie leest tot en met {known}); werk Homestretch bij om het te openen. Het bestand is niet aangeraakt.</translation>
        </message>
        <message>
            <source>{file}: cannot upgrade the session log: {reason}</source>
            <translation>{file}: het sessielogboek kan niet worden bijgewerkt: {reason}</translation>
        </message>
        <message>
            <source>{file}: cannot upgrade the session log to version {version}: {reason}</source>
            <translation>{file}: het sessielogboek kan niet worden bijgewerkt naar versie {version}: {reason}</translation>
        </message>
        <message>
            <source>the disk cannot be written to</source>
            <translation>er kan niet naar de schijf worden geschreven</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>de schijf is vol</translation>
        </message>
        <message>
            <source>the session log is damaged</source>
            <translation>het sessielogboek is beschadigd</translation>
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation>de map is alleen-lezen</translation>
        </message>
        <message>
            <source>the session log file is read-only</source>
            <translation>het bestand van het sessielogboek is alleen-lezen</translation>
        </message>
        <message>
            <source>the session log cannot be written</source>
            <translation>het sessielogboek kan niet worden geschreven</translation>
        </message>
        <message>
            <source>another program is busy writing to the session log</source>
            <translation>een ander programma is bezig naar het sessielogboek te schrijven</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>All routines</source>
            <translation>Alle schema’s</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>geen score</translation>
        </message>
        <message>
            <source>{rating} ({anchor})</source>
            <translation>{rating} ({anchor})</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy, HH:mm</source>
            <comment>date and time format</comment>
            <translation>ddd d MMM yyyy, HH:mm</translation>
        </message>
        <message numerus="yes">
            <source>{name}: completed in {completed} of %n session(s) ({percent}), skipped in {skipped}</source>
            <translation>
                <numerusform>{name}: voltooid in {completed} van %n sessie ({percent}), overgeslagen in {skipped}</numerusform>
                <numerusform>{name}: voltooid in {completed} van %n sessies ({percent}), overgeslagen in {skipped}</numerusform>
            </translation>
        </message>
        <message>
            <source>A practice run at {speed}× speed: its times are not real time, and it is left out of the calendar, the streaks and the adherence.</source>
            <translation>Een oefenronde op {speed}× snelheid: de tijden zijn niet echt, en hij telt niet mee voor de kalender, de reeksen en de therapietrouw.</translation>
        </message>
        <message>
            <source>No sessions yet</source>
            <translation>Nog geen sessies</translation>
        </message>
        <message>
            <source>Sessions you do appear here, with your pain ratings and notes,
so you and your physiotherapist can see how it is going.</source>
            <translation>Uw sessies verschijnen hier, met uw pijnscores en notities,
zodat u en uw fysiotherapeut zien hoe het gaat.</translation>
        </message>
        <message>
            <source>←  Routines</source>
            <translation>←  Schema’s</translation>
        </message>
        <message>
            <source>Back to the routines (Esc)</source>
            <translation>Terug naar de schema’s (Esc)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Geschiedenis</translation>
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
                <numerusform>Pijn voor en na, de laatste dag</numerusform>
                <numerusform>Pijn voor en na, de laatste %n dagen</numerusform>
            </translation>
        </message>
        <message>
            <source>Pain before and after, {since} to {until}</source>
            <translation>Pijn voor en na, {since} tot {until}</translation>
        </message>
        <message numerus="yes">
            <source>Exercises completed, the last %n day(s)</source>
            <translation>
                <numerusform>Voltooide oefeningen, de laatste dag</numerusform>
                <numerusform>Voltooide oefeningen, de laatste %n dagen</numerusform>
            </translation>
        </message>
        <message>
            <source>Exercises completed, {since} to {until}</source>
            <translation>Voltooide oefeningen, {since} tot {until}</translation>
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
            <translation>Aandeel van de sessies waarin elke oefening is voltooid: {shares}.</translation>
        </message>
        <message>
            <source>Save report (PDF)…</source>
            <translation>Rapport opslaan (PDF)…</translation>
        </message>
        <message>
            <source>A PDF of these dates for your physiotherapist: adherence, calendar, pain, notes</source>
            <translation>Een pdf van deze periode voor uw fysiotherapeut: therapietrouw, kalender, pijn, notities</translation>
        </message>
        <message>
            <source>Writing… %p%</source>
            <translation>Schrijven… %p%</translation>
        </message>
        <message>
            <source>Writing the report; the page says when it is saved</source>
            <translation>Het rapport wordt geschreven; de pagina meldt wanneer het is opgeslagen</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>CSV exporteren</translation>
        </message>
        <message>
            <source>The sessions shown, or their exercise results, for a spreadsheet</source>
            <translation>De getoonde sessies, of hun oefenresultaten, voor een rekenblad</translation>
        </message>
        <message>
            <source>Sessions (one row each)…</source>
            <translation>Sessies (elk één rij)…</translation>
        </message>
        <message>
            <source>Exercise results (one row each)…</source>
            <translation>Oefenresultaten (elk één rij)…</translation>
        </message>
        <message>
            <source>Delete session…</source>
            <translation>Sessie wissen…</translation>
        </message>
        <message>
            <source>Delete the selected session (Delete key)</source>
            <translation>De gekozen sessie wissen (Del-toets)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Vanaf-datum</translation>
        </message>
        <message>
            <source>to</source>
            <translation>tot</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Tot-datum</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Schema</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>30 dagen</translation>
        </message>
        <message>
            <source>Since…</source>
            <translation>Sinds…</translation>
        </message>
        <message>
            <source>All dates</source>
            <translation>Alle data</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>date field format</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Ongedaan maken</translation>
        </message>
        <message>
            <source>Close the notice</source>
            <translation>Melding sluiten</translation>
        </message>
        <message>
            <source>Sessions, newest first</source>
            <translation>Sessies, nieuwste eerst</translation>
        </message>
        <message>
            <source>Edit the note…</source>
            <translation>Notitie bewerken…</translation>
        </message>
        <message>
            <source>No sessions in these dates</source>
            <translation>Geen sessies in deze periode</translation>
        </message>
        <message>
            <source>●  exercised that day    ◯  today</source>
            <translation>●  die dag geoefend    ◯  vandaag</translation>
        </message>
        <message>
            <source>Pain before and after sessions</source>
            <translation>Pijn voor en na de sessies</translation>
        </message>
        <message>
            <source>Exercises completed</source>
            <translation>Voltooide oefeningen</translation>
        </message>
        <message>
            <source>Your history cannot be read</source>
            <translation>Uw geschiedenis kan niet worden gelezen</translation>
        </message>
        <message numerus="yes">
            <source>Current streak: %n day(s)</source>
            <translation>
                <numerusform>Huidige reeks: %n dag</numerusform>
                <numerusform>Huidige reeks: %n dagen</numerusform>
            </translation>
        </message>
        <message>
            <source>Up to yesterday: no session yet today.</source>
            <translation>Tot en met gisteren: vandaag nog geen sessie.</translation>
        </message>
        <message numerus="yes">
            <source>Longest streak in these dates: %n day(s)</source>
            <translation>
                <numerusform>Langste reeks in deze periode: %n dag</numerusform>
                <numerusform>Langste reeks in deze periode: %n dagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This week so far: {done} of %n session(s) ({percent})</source>
            <translation>
                <numerusform>Deze week tot nu toe: {done} van %n sessie ({percent})</numerusform>
                <numerusform>Deze week tot nu toe: {done} van %n sessies ({percent})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In these dates: {percent} of the prescribed sessions ({done} of {prescribed} over %n week(s))</source>
            <translation>
                <numerusform>In deze periode: {percent} van de voorgeschreven sessies ({done} van {prescribed} in %n week)</numerusform>
                <numerusform>In deze periode: {percent} van de voorgeschreven sessies ({done} van {prescribed} in %n weken)</numerusform>
            </translation>
        </message>
        <message>
            <source>Prescribed: {per_week} a week ({routine_name}). Each week counts at most its prescribed sessions.</source>
            <translation>Voorgeschreven: {per_week} per week ({routine_name}). Elke week telt hoogstens zijn voorgeschreven sessies.</translation>
        </message>
        <message>
            <source>The note was not saved: {exc}</source>
            <translation>De notitie is niet opgeslagen: {exc}</translation>
        </message>
        <message>
            <source>Delete this session?</source>
            <translation>Deze sessie wissen?</translation>
        </message>
        <message>
            <source>Delete the session of {describe_session} ({routine_name})?</source>
            <translation>De sessie van {describe_session} ({routine_name}) wissen?</translation>
        </message>
        <message>
            <source>You can undo this straight after.</source>
            <translation>U kunt dit meteen daarna ongedaan maken.</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>Sessie wissen</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Bewaren</translation>
        </message>
        <message>
            <source>Deleted the session of {describe_session}.</source>
            <translation>De sessie van {describe_session} is gewist.</translation>
        </message>
        <message>
            <source>No report was saved: {exc}.</source>
            <translation>Er is geen rapport opgeslagen: {exc}.</translation>
        </message>
        <message>
            <source>Save the report for your physiotherapist</source>
            <translation>Het rapport voor uw fysiotherapeut opslaan</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved the report: {path}</source>
            <translation>Rapport opgeslagen: {path}</translation>
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
            <translation>Taal</translation>
        </message>
        <message>
            <source>&amp;Language of Homestretch's window:</source>
            <translation>&amp;Taal van het Homestretch-venster:</translation>
        </message>
        <message>
            <source>The system's language ({language})</source>
            <translation>Taal van het systeem ({language})</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Opslaan</translation>
        </message>
        <message>
            <source>Save and &amp;restart now</source>
            <translation>Opslaan en nu &amp;opnieuw starten</translation>
        </message>
        <message>
            <source>The routine's own words (names, steps) stay in the language it is written in.</source>
            <translation>De eigen woorden van het schema (namen, stappen) blijven in de taal waarin het is geschreven.</translation>
        </message>
        <message>
            <source>Homestretch shows the new language when you start it again. The routine's own words (names, steps) stay in the language it is written in.</source>
            <translation>Homestretch toont de nieuwe taal wanneer u het opnieuw start. De eigen woorden van het schema (namen, stappen) blijven in de taal waarin het is geschreven.</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>English</source>
            <translation>Engels (English)</translation>
        </message>
        <message>
            <source>German (Deutsch)</source>
            <translation>Duits (Deutsch)</translation>
        </message>
        <message>
            <source>Dutch (Nederlands)</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <source>Simplified Chinese (简体中文)</source>
            <translation>Vereenvoudigd Chinees (简体中文)</translation>
        </message>
    </context>
    <context>
        <name>LibraryProblems</name>
        <message>
            <source>{file} is a bundled routine and cannot be deleted</source>
            <translation>{file} is een meegeleverd schema en kan niet worden verwijderd</translation>
        </message>
        <message>
            <source>{file} is not in your routines folder ({folder})</source>
            <translation>{file} staat niet in uw map met schema’s ({folder})</translation>
        </message>
    </context>
    <context>
        <name>ListButtons</name>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Omhoog</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Omlaag</translation>
        </message>
        <message>
            <source>Move up (Alt+Up)</source>
            <translation>Omhoog (Alt+pijl omhoog)</translation>
        </message>
        <message>
            <source>Move down (Alt+Down)</source>
            <translation>Omlaag (Alt+pijl omlaag)</translation>
        </message>
    </context>
    <context>
        <name>ListWords</name>
        <message>
            <source>Add step</source>
            <translation>Stap toevoegen</translation>
        </message>
        <message>
            <source>Remove the selected step</source>
            <translation>Geselecteerde stap verwijderen</translation>
        </message>
        <message>
            <source>Move the selected step up</source>
            <translation>Geselecteerde stap omhoog verplaatsen</translation>
        </message>
        <message>
            <source>Move the selected step down</source>
            <translation>Geselecteerde stap omlaag verplaatsen</translation>
        </message>
        <message>
            <source>New step</source>
            <translation>Nieuwe stap</translation>
        </message>
        <message>
            <source>Add caution</source>
            <translation>Waarschuwing toevoegen</translation>
        </message>
        <message>
            <source>Remove the selected caution</source>
            <translation>Geselecteerde waarschuwing verwijderen</translation>
        </message>
        <message>
            <source>Move the selected caution up</source>
            <translation>Geselecteerde waarschuwing omhoog verplaatsen</translation>
        </message>
        <message>
            <source>Move the selected caution down</source>
            <translation>Geselecteerde waarschuwing omlaag verplaatsen</translation>
        </message>
        <message>
            <source>New caution</source>
            <translation>Nieuwe waarschuwing</translation>
        </message>
        <message>
            <source>Add phase</source>
            <translation>Fase toevoegen</translation>
        </message>
        <message>
            <source>Remove the selected phase</source>
            <translation>Geselecteerde fase verwijderen</translation>
        </message>
        <message>
            <source>Move the selected phase up</source>
            <translation>Geselecteerde fase omhoog verplaatsen</translation>
        </message>
        <message>
            <source>Move the selected phase down</source>
            <translation>Geselecteerde fase omlaag verplaatsen</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Menu bar</source>
            <translation>Menubalk</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Open routine file…</source>
            <translation>Schemabestand &amp;openen…</translation>
        </message>
        <message>
            <source>&amp;Export routine…</source>
            <translation>Schema &amp;exporteren…</translation>
        </message>
        <message>
            <source>&amp;Print handout…</source>
            <translation>Folder af&amp;drukken…</translation>
        </message>
        <message>
            <source>Save &amp;handout as PDF…</source>
            <translation>&amp;Folder opslaan als pdf…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>Pain {digit}</source>
            <translation>Pijn {digit}</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Sessie</translation>
        </message>
        <message>
            <source>Start / &amp;pause</source>
            <translation>Starten / &amp;pauzeren</translation>
        </message>
        <message>
            <source>&amp;Previous exercise</source>
            <translation>&amp;Vorige oefening</translation>
        </message>
        <message>
            <source>&amp;Next exercise</source>
            <translation>V&amp;olgende oefening</translation>
        </message>
        <message>
            <source>&amp;Stop…</source>
            <translation>&amp;Stoppen…</translation>
        </message>
        <message>
            <source>&amp;Continue anyway (after advice to stop)</source>
            <translation>&amp;Toch doorgaan (na advies te stoppen)</translation>
        </message>
        <message>
            <source>&amp;End the session (after advice to stop)</source>
            <translation>Sessie &amp;beëindigen (na advies te stoppen)</translation>
        </message>
        <message>
            <source>&amp;Mute</source>
            <translation>&amp;Geluid uit</translation>
        </message>
        <message>
            <source>&amp;Back to routines</source>
            <translation>Terug naar de &amp;schema’s</translation>
        </message>
        <message>
            <source>Go on</source>
            <translation>Verder</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Be&amp;eld</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Geschiedenis</translation>
        </message>
        <message>
            <source>&amp;Full screen</source>
            <translation>&amp;Volledig scherm</translation>
        </message>
        <message>
            <source>&amp;Reduce motion (still pictures)</source>
            <translation>&amp;Minder beweging (stilstaande beelden)</translation>
        </message>
        <message>
            <source>S&amp;ettings</source>
            <translation>&amp;Instellingen</translation>
        </message>
        <message>
            <source>Spoken &amp;instructions</source>
            <translation>Gesproken &amp;aanwijzingen</translation>
        </message>
        <message>
            <source>&amp;Full instructions</source>
            <translation>&amp;Volledige aanwijzingen</translation>
        </message>
        <message>
            <source>&amp;Counts and sides only</source>
            <translation>Alleen &amp;tellen en kanten</translation>
        </message>
        <message>
            <source>&amp;Off</source>
            <translation>&amp;Uit</translation>
        </message>
        <message>
            <source>&amp;Sounds</source>
            <translation>&amp;Geluiden</translation>
        </message>
        <message>
            <source>&amp;Countdown ticks in the last 3 seconds</source>
            <translation>&amp;Tikken in de laatste 3 seconden</translation>
        </message>
        <message>
            <source>&amp;Side switch</source>
            <translation>&amp;Wisselen van kant</translation>
        </message>
        <message>
            <source>&amp;End of session</source>
            <translation>&amp;Einde van de sessie</translation>
        </message>
        <message>
            <source>&amp;Voice, speed and volume…</source>
            <translation>&amp;Stem, tempo en volume…</translation>
        </message>
        <message>
            <source>&amp;Language…</source>
            <translation>&amp;Taal…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Keyboard keys…</source>
            <translation>&amp;Sneltoetsen…</translation>
        </message>
        <message>
            <source>The &amp;routine file format…</source>
            <translation>Bestandsformaat van &amp;schema’s…</translation>
        </message>
        <message>
            <source>Your &amp;data folder…</source>
            <translation>Uw &amp;gegevensmap…</translation>
        </message>
        <message>
            <source>&amp;About Homestretch…</source>
            <translation>&amp;Over Homestretch…</translation>
        </message>
        <message>
            <source>This routine cannot be duplicated</source>
            <translation>Dit schema kan niet worden gedupliceerd</translation>
        </message>
        <message>
            <source>The copy could not be saved</source>
            <translation>De kopie kon niet worden opgeslagen</translation>
        </message>
        <message>
            <source>This routine is open in the editor</source>
            <translation>Dit schema is geopend in de editor</translation>
        </message>
        <message>
            <source>Close the editor first, then delete the routine.</source>
            <translation>Sluit eerst de editor en wis dan het schema.</translation>
        </message>
        <message>
            <source>This routine could not be deleted</source>
            <translation>Dit schema kon niet worden gewist</translation>
        </message>
        <message>
            <source>The routine could not be put back</source>
            <translation>Het schema kon niet worden teruggezet</translation>
        </message>
        <message>
            <source>Open a routine file</source>
            <translation>Een schemabestand openen</translation>
        </message>
        <message>
            <source>Routines (*.yaml *.yml *.homestretch)</source>
            <translation>Schema’s (*.yaml *.yml *.homestretch)</translation>
        </message>
        <message>
            <source>“{name}” is already among your routines</source>
            <translation>‘{name}’ staat al bij uw schema’s</translation>
        </message>
        <message>
            <source>You added a routine from a file named “{name}” before. Replace it with this one, or keep both?</source>
            <translation>U hebt al eerder een schema toegevoegd uit een bestand met de naam ‘{name}’. Vervangen door dit, of beide bewaren?</translation>
        </message>
        <message>
            <source>The one you have is in {taken}. Keep both adds this one with a number after its name, as “{kept}”.</source>
            <translation>Het bestaande staat in {taken}. ‘Beide bewaren’ voegt dit toe met een nummer achter de naam, als ‘{kept}’.</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Vervangen</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Beide bewaren</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>“{name}” could not be added</source>
            <translation>‘{name}’ kon niet worden toegevoegd</translation>
        </message>
        <message>
            <source>It could not be copied into {user_routines_dir}: {value}</source>
            <translation>Het kon niet naar {user_routines_dir} worden gekopieerd: {value}</translation>
        </message>
        <message>
            <source>“{name}” cannot be used</source>
            <translation>‘{name}’ kan niet worden gebruikt</translation>
        </message>
        <message numerus="yes">
            <source>This routine file has %n problem(s):</source>
            <translation>
                <numerusform>Dit schemabestand heeft %n fout:</numerusform>
                <numerusform>Dit schemabestand heeft %n fouten:</numerusform>
            </translation>
        </message>
        <message>
            <source>“{name}” cannot be started</source>
            <translation>‘{name}’ kan niet worden gestart</translation>
        </message>
        <message>
            <source>Its session cannot be made: {reason}</source>
            <translation>De sessie kan niet worden gemaakt: {reason}</translation>
        </message>
        <message>
            <source>Trying it: {speed}× faster, silent</source>
            <translation>Proefrit: {speed}× sneller, stil</translation>
        </message>
        <message>
            <source>{trying}, not logged</source>
            <translation>{trying}, niet bijgehouden</translation>
        </message>
        <message>
            <source>{trying}; the patient hears “{words}”</source>
            <translation>{trying}; de patiënt hoort ‘{words}’</translation>
        </message>
        <message>
            <source>Stop this session?</source>
            <translation>Deze sessie stoppen?</translation>
        </message>
        <message>
            <source>Stop this session? What you have done so far is saved.</source>
            <translation>Deze sessie stoppen? Wat u tot nu toe hebt gedaan, wordt bewaard.</translation>
        </message>
        <message>
            <source>Stop the session</source>
            <translation>Sessie stoppen</translation>
        </message>
        <message>
            <source>Keep going</source>
            <translation>Doorgaan</translation>
        </message>
        <message>
            <source>A try-out from the editor: not logged.</source>
            <translation>Een proefrit vanuit de editor: niet bijgehouden.</translation>
        </message>
        <message>
            <source>Not saved: the session log is unavailable.</source>
            <translation>Niet opgeslagen: het sessielogboek is niet beschikbaar.</translation>
        </message>
        <message>
            <source>Not all of it could be saved yet: {reason}.</source>
            <translation>Nog niet alles kon worden opgeslagen: {reason}.</translation>
        </message>
        <message>
            <source>Saved in your history.</source>
            <translation>Opgeslagen in uw geschiedenis.</translation>
        </message>
        <message>
            <source>This session cannot be saved: {reason}{where}. Carry on: Homestretch keeps trying, and saves it as soon as it can.</source>
            <translation>Deze sessie kan niet worden opgeslagen: {reason}{where}. Ga gewoon door: Homestretch blijft het proberen en slaat haar op zodra het kan.</translation>
        </message>
        <message>
            <source>Settings cannot be saved in {config_dir}: {strerror}</source>
            <translation>Instellingen kunnen niet in {config_dir} worden opgeslagen: {strerror}</translation>
        </message>
        <message>
            <source>This routine cannot be edited</source>
            <translation>Dit schema kan niet worden bewerkt</translation>
        </message>
    </context>
    <context>
        <name>MonthGrid</name>
        <message>
            <source>Mo</source>
            <comment>Monday</comment>
            <translation>ma</translation>
        </message>
        <message>
            <source>Tu</source>
            <comment>Tuesday</comment>
            <translation>di</translation>
        </message>
        <message>
            <source>We</source>
            <comment>Wednesday</comment>
            <translation>wo</translation>
        </message>
        <message>
            <source>Th</source>
            <comment>Thursday</comment>
            <translation>do</translation>
        </message>
        <message>
            <source>Fr</source>
            <comment>Friday</comment>
            <translation>vr</translation>
        </message>
        <message>
            <source>Sa</source>
            <comment>Saturday</comment>
            <translation>za</translation>
        </message>
        <message>
            <source>Su</source>
            <comment>Sunday</comment>
            <translation>zo</translation>
        </message>
        <message numerus="yes">
            <source>{month}: exercised on %n day(s)</source>
            <translation>
                <numerusform>{month}: op %n dag geoefend</numerusform>
                <numerusform>{month}: op %n dagen geoefend</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the day numbers of a list</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Days with a session: {days}</source>
            <translation>Dagen met een sessie: {days}</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <comment>month heading format</comment>
            <translation>MMMM yyyy</translation>
        </message>
        <message numerus="yes">
            <source>{day}: %n session(s)</source>
            <translation>
                <numerusform>{day}: %n sessie</numerusform>
                <numerusform>{day}: %n sessies</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PackageProblems</name>
        <message>
            <source>{file} is damaged or incomplete (it is not a whole .homestretch file)</source>
            <translation>{file} is beschadigd of onvolledig (het is geen volledig .homestretch-bestand)</translation>
        </message>
        <message>
            <source>{file} and its pictures add up to {size}; a shared routine may hold at most {limit}</source>
            <translation>{file} en de afbeeldingen erbij zijn samen {size}; een gedeeld schema mag hoogstens {limit} bevatten</translation>
        </message>
        <message>
            <source>{file} holds '{name}', a link to another file; a shared routine holds only files</source>
            <translation>{file} bevat '{name}', een koppeling naar een ander bestand; een gedeeld schema bevat alleen bestanden</translation>
        </message>
        <message>
            <source>{file} holds two files named '{name}'; the file is refused as unsafe</source>
            <translation>{file} bevat twee bestanden met de naam '{name}'; het bestand wordt als onveilig geweigerd</translation>
        </message>
        <message>
            <source>{file} holds '{name}' encrypted; Homestretch cannot open it</source>
            <translation>{file} bevat '{name}' versleuteld; Homestretch kan het niet openen</translation>
        </message>
        <message>
            <source>{file} holds '{name}' packed in a way Homestretch does not read (method {method}); only stored and deflated files are read</source>
            <translation>{file} bevat '{name}', ingepakt op een manier die Homestretch niet leest (methode {method}); alleen niet-ingepakte en met deflate ingepakte bestanden worden gelezen</translation>
        </message>
        <message>
            <source>{file} holds '{name}' of {size}; at most {limit} is allowed</source>
            <translation>{file} bevat '{name}' van {size}; hoogstens {limit} is toegestaan</translation>
        </message>
        <message>
            <source>{file} holds '{name}', which would unpack to {ratio} times its packed size; no routine or picture shrinks that much, so the file is refused as unsafe</source>
            <translation>{file} bevat '{name}', dat uitgepakt {ratio} keer zo groot zou worden als ingepakt; geen schema of afbeelding krimpt zo sterk, dus het bestand wordt als onveilig geweigerd</translation>
        </message>
        <message>
            <source>{file} would unpack to more than {limit}, more than a shared routine may hold</source>
            <translation>{file} zou uitgepakt groter zijn dan {limit}, meer dan een gedeeld schema mag bevatten</translation>
        </message>
        <message>
            <source>{file} holds '{name}' both as a file and as a folder</source>
            <translation>{file} bevat '{name}' zowel als bestand als als map</translation>
        </message>
        <message>
            <source>{file} holds more files or data than a routine can have (it is a zip64 archive)</source>
            <translation>{file} bevat meer bestanden of gegevens dan een schema kan hebben (het is een zip64-archief)</translation>
        </message>
        <message numerus="yes">
            <source>{file} holds %n file(s); a shared routine holds at most {limit}</source>
            <translation>
                <numerusform>{file} bevat %n bestand; een gedeeld schema bevat hoogstens {limit}</numerusform>
                <numerusform>{file} bevat %n bestanden; een gedeeld schema bevat hoogstens {limit}</numerusform>
            </translation>
        </message>
        <message>
            <source>{file} holds '{name}', which is not a plain file or folder</source>
            <translation>{file} bevat '{name}', dat geen gewoon bestand of map is</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', which has no name; the file is refused as unsafe</source>
            <translation>{file} bevat een bestand met de naam '{name}', dat geen naam heeft; het bestand wordt als onveilig geweigerd</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', an absolute path, which would land outside the routine's folder; the file is refused as unsafe</source>
            <translation>{file} bevat een bestand met de naam '{name}', een absoluut pad, dat buiten de map van het schema zou belanden; het bestand wordt als onveilig geweigerd</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', which holds invisible or control characters; the file is refused as unsafe</source>
            <translation>{file} bevat een bestand met de naam '{name}' met onzichtbare tekens of stuurtekens; het bestand wordt als onveilig geweigerd</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', which starts with a drive letter, so it would land outside the folder; the file is refused as unsafe</source>
            <translation>{file} bevat een bestand met de naam '{name}', dat met een stationsletter begint en dus buiten de map zou belanden; het bestand wordt als onveilig geweigerd</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', which holds a backslash (a Windows path, which could lead outside); the file is refused as unsafe</source>
            <translation>{file} bevat een bestand met de naam '{name}' met een backslash (een Windows-pad, dat naar buiten zou kunnen leiden); het bestand wordt als onveilig geweigerd</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', which holds '{char}', a character not every system allows in a file name; the file is refused as unsafe</source>
            <translation>{file} bevat een bestand met de naam '{name}' met '{char}', een teken dat niet elk systeem in een bestandsnaam toestaat; het bestand wordt als onveilig geweigerd</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', a path that leads outside the routine's folder; the file is refused as unsafe</source>
            <translation>{file} bevat een bestand met de naam '{name}', een pad dat buiten de map van het schema leidt; het bestand wordt als onveilig geweigerd</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', which is not a name a file can have everywhere; the file is refused as unsafe</source>
            <translation>{file} bevat een bestand met de naam '{name}', een naam die een bestand niet overal kan hebben; het bestand wordt als onveilig geweigerd</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', which has no name; rename that file (and the reference to it)</source>
            <translation>{file} kan niet worden gedeeld: het noemt een bestand '{name}', dat geen naam heeft; geef dat bestand een andere naam (en pas de verwijzing ernaar aan)</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', an absolute path, which would land outside the routine's folder; rename that file (and the reference to it)</source>
            <translation>{file} kan niet worden gedeeld: het noemt een bestand '{name}', een absoluut pad, dat buiten de map van het schema zou belanden; geef dat bestand een andere naam (en pas de verwijzing ernaar aan)</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', which holds invisible or control characters; rename that file (and the reference to it)</source>
            <translation>{file} kan niet worden gedeeld: het noemt een bestand '{name}' met onzichtbare tekens of stuurtekens; geef dat bestand een andere naam (en pas de verwijzing ernaar aan)</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', which starts with a drive letter, so it would land outside the folder; rename that file (and the reference to it)</source>
            <translation>{file} kan niet worden gedeeld: het noemt een bestand '{name}', dat met een stationsletter begint en dus buiten de map zou belanden; geef dat bestand een andere naam (en pas de verwijzing ernaar aan)</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', which holds a backslash (a Windows path, which could lead outside); rename that file (and the reference to it)</source>
            <translation>{file} kan niet worden gedeeld: het noemt een bestand '{name}' met een backslash (een Windows-pad, dat naar buiten zou kunnen leiden); geef dat bestand een andere naam (en pas de verwijzing ernaar aan)</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', which holds '{char}', a character not every system allows in a file name; rename that file (and the reference to it)</source>
            <translation>{file} kan niet worden gedeeld: het noemt een bestand '{name}' met '{char}', een teken dat niet elk systeem in een bestandsnaam toestaat; geef dat bestand een andere naam (en pas de verwijzing ernaar aan)</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', a path that leads outside the routine's folder; rename that file (and the reference to it)</source>
            <translation>{file} kan niet worden gedeeld: het noemt een bestand '{name}', een pad dat buiten de map van het schema leidt; geef dat bestand een andere naam (en pas de verwijzing ernaar aan)</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', which is not a name a file can have everywhere; rename that file (and the reference to it)</source>
            <translation>{file} kan niet worden gedeeld: het noemt een bestand '{name}', een naam die een bestand niet overal kan hebben; geef dat bestand een andere naam (en pas de verwijzing ernaar aan)</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', which starts with a dot; rename that file (and the reference to it)</source>
            <translation>{file} kan niet worden gedeeld: het noemt een bestand '{name}', dat met een punt begint; geef dat bestand een andere naam (en pas de verwijzing ernaar aan)</translation>
        </message>
        <message>
            <source>{file} holds '{name}', which is neither a routine nor a picture; a shared routine holds only {kinds} files, so the file is refused</source>
            <translation>{file} bevat '{name}', dat geen schema en geen afbeelding is; een gedeeld schema bevat alleen bestanden van het type {kinds}, dus het bestand wordt geweigerd</translation>
        </message>
        <message>
            <source>{file} is damaged: '{name}' in it cannot be unpacked whole</source>
            <translation>{file} is beschadigd: '{name}' erin kan niet volledig worden uitgepakt</translation>
        </message>
        <message>
            <source>{file} is damaged: '{name}' is not the size the archive says</source>
            <translation>{file} is beschadigd: '{name}' heeft niet de grootte die het archief opgeeft</translation>
        </message>
        <message>
            <source>{file} is not a Homestretch routine file (it has no {manifest})</source>
            <translation>{file} is geen schemabestand van Homestretch (het heeft geen {manifest})</translation>
        </message>
        <message>
            <source>{file} holds '{name}', which its manifest does not list</source>
            <translation>{file} bevat '{name}', dat niet in het manifest staat</translation>
        </message>
        <message>
            <source>{file} is damaged or incomplete (it is not a whole .homestretch file): '{name}' is missing from it</source>
            <translation>{file} is beschadigd of onvolledig (het is geen volledig .homestretch-bestand): '{name}' ontbreekt erin</translation>
        </message>
        <message>
            <source>{file} is damaged: '{name}' is not what its manifest says</source>
            <translation>{file} is beschadigd: '{name}' is niet wat het manifest zegt</translation>
        </message>
        <message>
            <source>{file} is damaged: its {manifest} is not one Homestretch can read</source>
            <translation>{file} is beschadigd: het {manifest} ervan kan Homestretch niet lezen</translation>
        </message>
        <message>
            <source>{file} is not a Homestretch routine file (its manifest says otherwise)</source>
            <translation>{file} is geen schemabestand van Homestretch (het manifest zegt iets anders)</translation>
        </message>
        <message>
            <source>{file} was made by a newer version of Homestretch ({made_by}), in file format {format}; this version ({version}) reads format {known} and older. Update Homestretch to open it</source>
            <translation>{file} is gemaakt door een nieuwere versie van Homestretch ({made_by}), in bestandsformaat {format}; deze versie ({version}) leest formaat {known} en ouder. Werk Homestretch bij om het te openen</translation>
        </message>
        <message>
            <source>{file} was made by a newer version of Homestretch, in file format {format}; this version ({version}) reads format {known} and older. Update Homestretch to open it</source>
            <translation>{file} is gemaakt door een nieuwere versie van Homestretch, in bestandsformaat {format}; deze versie ({version}) leest formaat {known} en ouder. Werk Homestretch bij om het te openen</translation>
        </message>
        <message>
            <source>{file} is damaged: its routine '{name}' is not a routine file's name</source>
            <translation>{file} is beschadigd: het schema '{name}' erin is geen naam van een schemabestand</translation>
        </message>
        <message>
            <source>{file} is damaged or incomplete (it is not a whole .homestretch file): its routine '{name}' is missing from it</source>
            <translation>{file} is beschadigd of onvolledig (het is geen volledig .homestretch-bestand): het schema '{name}' ontbreekt erin</translation>
        </message>
    </context>
    <context>
        <name>PainMap</name>
        <message>
            <source>Body map: where does it hurt</source>
            <translation>Lichaamskaart: waar doet het pijn</translation>
        </message>
        <message>
            <source>Arrow keys go from area to area; Space marks or clears one.</source>
            <translation>Met de pijltjestoetsen gaat u van gebied naar gebied; met de spatiebalk markeert of wist u een gebied.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Rugzijde</translation>
        </message>
        <message>
            <source>Front</source>
            <translation>Voorzijde</translation>
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
            <translation>Wijs een gebied aan om de naam te zien.</translation>
        </message>
        <message>
            <source>Where does it hurt?</source>
            <translation>Waar doet het pijn?</translation>
        </message>
        <message>
            <source>Click the areas that hurt; click again to clear one. (Or: arrow keys, then Space.)</source>
            <translation>Klik de gebieden aan die pijn doen; klik nogmaals om er een te wissen. (Of: pijltjestoetsen, dan spatie.)</translation>
        </message>
        <message>
            <source>{area}: marked</source>
            <translation>{area}: aangeduid</translation>
        </message>
        <message>
            <source>{area}: not marked</source>
            <translation>{area}: niet aangeduid</translation>
        </message>
    </context>
    <context>
        <name>PainScale</name>
        <message>
            <source>0 is {none}, 10 is {worst}</source>
            <translation>0 is {none}, 10 is {worst}</translation>
        </message>
        <message>
            <source>Pain {rating} of 10: {words}</source>
            <translation>Pijn {rating} van 10: {words}</translation>
        </message>
        <message>
            <source>Pain {rating} of 10</source>
            <translation>Pijn {rating} van 10</translation>
        </message>
        <message>
            <source>Press a number key (1 then 0 for 10), or leave it out.</source>
            <translation>Druk op een cijfertoets (1 en dan 0 voor 10), of sla het over.</translation>
        </message>
        <message>
            <source>Where it hurts: {words}.</source>
            <translation>Waar het pijn doet: {words}.</translation>
        </message>
    </context>
    <context>
        <name>PictureField</name>
        <message>
            <source>No picture</source>
            <translation>Geen afbeelding</translation>
        </message>
        <message>
            <source>Choose a picture file…</source>
            <translation>Afbeeldingsbestand kiezen…</translation>
        </message>
        <message>
            <source>Figure: {figure_words}</source>
            <translation>Figuur: {figure_words}</translation>
        </message>
        <message>
            <source>Your picture: {name}</source>
            <translation>Uw afbeelding: {name}</translation>
        </message>
        <message>
            <source>Choose a picture for this exercise</source>
            <translation>Een afbeelding voor deze oefening kiezen</translation>
        </message>
        <message>
            <source>Pictures ({suffixes})</source>
            <translation>Afbeeldingen ({suffixes})</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Preview of “{name}”</source>
            <translation>Voorbeeld van ‘{name}’</translation>
        </message>
        <message>
            <source>The session, segment by segment</source>
            <translation>De sessie, onderdeel voor onderdeel</translation>
        </message>
    </context>
    <context>
        <name>ReminderSettingsDialog</name>
        <message>
            <source>&amp;Mon</source>
            <translation>&amp;ma</translation>
        </message>
        <message>
            <source>&amp;Tue</source>
            <translation>d&amp;i</translation>
        </message>
        <message>
            <source>&amp;Wed</source>
            <translation>&amp;wo</translation>
        </message>
        <message>
            <source>T&amp;hu</source>
            <translation>&amp;do</translation>
        </message>
        <message>
            <source>&amp;Fri</source>
            <translation>v&amp;r</translation>
        </message>
        <message>
            <source>S&amp;at</source>
            <translation>&amp;za</translation>
        </message>
        <message>
            <source>S&amp;un</source>
            <translation>z&amp;o</translation>
        </message>
        <message>
            <source>Write at least one time, such as 10:00.</source>
            <translation>Vul ten minste één tijd in, bijvoorbeeld 10:00.</translation>
        </message>
        <message numerus="yes">
            <source>At most %n time(s) a day.</source>
            <translation>
                <numerusform>Hoogstens %n tijd per dag.</numerusform>
                <numerusform>Hoogstens %n tijden per dag.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{word}” is not a time of day (write it as 10:00 or 18:30).</source>
            <translation>‘{word}’ is geen tijdstip (schrijf het als 10:00 of 18:30).</translation>
        </message>
        <message>
            <source>A time is written twice.</source>
            <translation>Een tijd staat er twee keer in.</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Herinneringen</translation>
        </message>
        <message>
            <source>&amp;Remind me to do my exercises</source>
            <translation>&amp;Herinner me aan mijn oefeningen</translation>
        </message>
        <message>
            <source>R&amp;outine</source>
            <translation>&amp;Schema</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Schema</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Dagen</translation>
        </message>
        <message>
            <source>T&amp;imes of day (24-hour, separated by commas)</source>
            <translation>&amp;Tijden (24-uurs, gescheiden door komma’s)</translation>
        </message>
        <message>
            <source>Times of day</source>
            <translation>Tijden</translation>
        </message>
        <message>
            <source>Use the &amp;suggested days and times</source>
            <translation>De &amp;voorgestelde dagen en tijden gebruiken</translation>
        </message>
        <message>
            <source>S&amp;nooze for (minutes)</source>
            <translation>S&amp;luimeren (minuten)</translation>
        </message>
        <message>
            <source>Snooze for (minutes)</source>
            <translation>Sluimeren (minuten)</translation>
        </message>
        <message>
            <source>Start Homestretch in the tray when I &amp;log in</source>
            <translation>Homestretch in het systeemvak starten als ik me &amp;aanmeld</translation>
        </message>
        <message>
            <source>For {sessions_per_week} sessions a week: {describe_days} at {describe_times}.</source>
            <translation>Voor {sessions_per_week} sessies per week: {describe_days} om {describe_times}.</translation>
        </message>
        <message>
            <source>Choose at least one day.</source>
            <translation>Kies ten minste één dag.</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Time for your exercises</source>
            <translation>Tijd voor uw oefeningen</translation>
        </message>
        <message>
            <source>Homestretch keeps running in the tray to remind you. To end it, choose Quit in its tray menu.</source>
            <translation>Homestretch blijft in het systeemvak draaien om u te herinneren. Kies ‘Afsluiten’ in het menu daar om het te beëindigen.</translation>
        </message>
        <message>
            <source>No reminder planned</source>
            <translation>Geen herinnering gepland</translation>
        </message>
        <message>
            <source>&amp;Open Homestretch</source>
            <translation>Homestretch &amp;openen</translation>
        </message>
        <message>
            <source>&amp;Start session</source>
            <translation>Sessie &amp;starten</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Reminders…</source>
            <translation>&amp;Herinneringen…</translation>
        </message>
        <message>
            <source>Homestretch cannot be set to start at login ({value}): {value2}</source>
            <translation>Homestretch kan niet worden ingesteld om bij het aanmelden te starten ({value}): {value2}</translation>
        </message>
        <message>
            <source>No system tray was found: reminders come only while the Homestretch window is open, and closing it ends Homestretch.</source>
            <translation>Geen systeemvak gevonden: herinneringen komen alleen zolang het Homestretch-venster open is, en sluiten beëindigt Homestretch.</translation>
        </message>
        <message>
            <source>While reminders are on, closing the window keeps Homestretch in the tray.</source>
            <translation>Zolang herinneringen aan staan, blijft Homestretch na het sluiten van het venster in het systeemvak.</translation>
        </message>
        <message>
            <source>No notification service was found: a reminder shows as a message from the tray icon.</source>
            <translation>Geen meldingsdienst gevonden: een herinnering verschijnt als bericht bij het pictogram in het systeemvak.</translation>
        </message>
        <message>
            <source>No notification service was found: a reminder shows in the window.</source>
            <translation>Geen meldingsdienst gevonden: een herinnering verschijnt in het venster.</translation>
        </message>
        <message>
            <source>Reminders come as desktop notifications with a button to start.</source>
            <translation>Herinneringen komen als bureaubladmelding met een knop om te starten.</translation>
        </message>
        <message>
            <source>{how} {where}</source>
            <comment>how reminders come, then where</comment>
            <translation>{how} {where}</translation>
        </message>
        <message>
            <source>your routine</source>
            <translation>uw schema</translation>
        </message>
        <message>
            <source>{routine}: your {time} reminder.</source>
            <translation>{routine}: uw herinnering van {time}.</translation>
        </message>
        <message>
            <source>Snooze {minutes} min</source>
            <translation>{minutes} min later</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Nu starten</translation>
        </message>
        <message>
            <source>{text} Click here to start.</source>
            <translation>{text} Klik hier om te starten.</translation>
        </message>
        <message>
            <source>{SUMMARY}. {text} Press Space to start.</source>
            <translation>{SUMMARY}. {text} Druk op de spatiebalk om te starten.</translation>
        </message>
        <message>
            <source>Next reminder: today at {time}</source>
            <translation>Volgende herinnering: vandaag om {time}</translation>
        </message>
        <message>
            <source>Next reminder: tomorrow at {time}</source>
            <translation>Volgende herinnering: morgen om {time}</translation>
        </message>
        <message>
            <source>Next reminder: {day} at {time}</source>
            <translation>Volgende herinnering: {day} om {time}</translation>
        </message>
        <message>
            <source>every day</source>
            <translation>elke dag</translation>
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
            <translation>Pijn voor en na</translation>
        </message>
        <message>
            <source>Pain before and after (weekly average)</source>
            <translation>Pijn voor en na (weekgemiddelde)</translation>
        </message>
        <message>
            <source>Share of sessions in which each exercise was completed</source>
            <translation>Aandeel van de sessies waarin elke oefening is voltooid</translation>
        </message>
        <message numerus="yes">
            <source>{since} to {until} (%n day(s))</source>
            <translation>
                <numerusform>{since} tot en met {until} (%n dag)</numerusform>
                <numerusform>{since} tot en met {until} (%n dagen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dag</numerusform>
                <numerusform>%n dagen</numerusform>
            </translation>
        </message>
        <message>
            <source>Period: {period}, from the first session on {first}</source>
            <translation>Periode: {period}, vanaf de eerste sessie op {first}</translation>
        </message>
        <message>
            <source>Period: {period}</source>
            <translation>Periode: {period}</translation>
        </message>
        <message>
            <source>{app} exercise report</source>
            <translation>{app}-oefenverslag</translation>
        </message>
        <message numerus="yes">
            <source>{routine} (%n session(s), {per_week} a week prescribed)</source>
            <translation>
                <numerusform>{routine} (%n sessie, {per_week} per week voorgeschreven)</numerusform>
                <numerusform>{routine} (%n sessies, {per_week} per week voorgeschreven)</numerusform>
            </translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the items of a list</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>Routine: {routines}</source>
            <translation>Schema: {routines}</translation>
        </message>
        <message>
            <source>Routines: {routines}</source>
            <translation>Schema’s: {routines}</translation>
        </message>
        <message>
            <source>Prepared on {day} by {app} {version} from the session log kept on the patient's computer. Days are the patient's local calendar days.</source>
            <translation>Opgesteld op {day} door {app} {version} uit het sessielogboek op de computer van de patiënt. Dagen zijn de plaatselijke kalenderdagen van de patiënt.</translation>
        </message>
        <message>
            <source>Adherence</source>
            <translation>Therapietrouw</translation>
        </message>
        <message>
            <source>No sessions were logged in this period.</source>
            <translation>In deze periode zijn geen sessies vastgelegd.</translation>
        </message>
        <message numerus="yes">
            <source>{adherence}: {done} of {prescribed} prescribed sessions ({per_week} a week over %n week(s), a partial week its share; each week counts up to its prescription)</source>
            <translation>
                <numerusform>{adherence}: {done} van {prescribed} voorgeschreven sessies ({per_week} per week over %n week, een gedeeltelijke week naar verhouding; elke week telt tot aan het voorschrift)</numerusform>
                <numerusform>{adherence}: {done} van {prescribed} voorgeschreven sessies ({per_week} per week over %n weken, een gedeeltelijke week naar verhouding; elke week telt tot aan het voorschrift)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{adherence}: {done} of {prescribed} prescribed sessions ({per_week} a week over %n week(s); each week counts up to its prescription)</source>
            <translation>
                <numerusform>{adherence}: {done} van {prescribed} voorgeschreven sessies ({per_week} per week over %n week; elke week telt tot aan het voorschrift)</numerusform>
                <numerusform>{adherence}: {done} van {prescribed} voorgeschreven sessies ({per_week} per week over %n weken; elke week telt tot aan het voorschrift)</numerusform>
            </translation>
        </message>
        <message>
            <source>Overall adherence</source>
            <translation>Totale therapietrouw</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessies</translation>
        </message>
        <message numerus="yes">
            <source>{logged} logged: {completed} completed, {skipping} finished with exercises skipped, {stopped} stopped early, {interrupted} interrupted; {counted} with at least one exercise completed (these count, at most %n session(s) a day)</source>
            <translation>
                <numerusform>{logged} vastgelegd: {completed} voltooid, {skipping} afgerond met overgeslagen oefeningen, {stopped} vroegtijdig gestopt, {interrupted} onderbroken; {counted} met ten minste één voltooide oefening (deze tellen, hoogstens %n sessie per dag)</numerusform>
                <numerusform>{logged} vastgelegd: {completed} voltooid, {skipping} afgerond met overgeslagen oefeningen, {stopped} vroegtijdig gestopt, {interrupted} onderbroken; {counted} met ten minste één voltooide oefening (deze tellen, hoogstens %n sessies per dag)</numerusform>
            </translation>
        </message>
        <message>
            <source>Days exercised</source>
            <translation>Dagen geoefend</translation>
        </message>
        <message>
            <source>{exercised} of {days}; longest run {longest}; current run {current} (on {day})</source>
            <translation>{exercised} van {days}; langste reeks {longest}; huidige reeks {current} (op {day})</translation>
        </message>
        <message>
            <source>Pain (0-10)</source>
            <translation>Pijn (0-10)</translation>
        </message>
        <message>
            <source>Stop-rule warnings</source>
            <translation>Waarschuwingen van de stopregel</translation>
        </message>
        <message>
            <source>{count} (listed below)</source>
            <translation>{count} (hieronder vermeld)</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} t/m {last}</translation>
        </message>
        <message>
            <source>{first} to {last} *</source>
            <comment>a partial week</comment>
            <translation>{first} t/m {last} *</translation>
        </message>
        <message>
            <source>Week by week</source>
            <translation>Week na week</translation>
        </message>
        <message>
            <source>Week (Monday to Sunday)</source>
            <translation>Week (maandag t/m zondag)</translation>
        </message>
        <message>
            <source>Sessions that count</source>
            <translation>Tellende sessies</translation>
        </message>
        <message>
            <source>Prescribed</source>
            <translation>Voorgeschreven</translation>
        </message>
        <message>
            <source>* Part of the week lies outside the period: it is prescribed its share of the week's sessions, rounded.</source>
            <translation>* Een deel van de week valt buiten de periode: voorgeschreven is het evenredige deel van de sessies van de week, afgerond.</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>A green day had at least one session that counts (at least one exercise completed); the small figure is how many. Days in grey are outside the period.</source>
            <translation>Een groene dag had ten minste één sessie die telt (ten minste één oefening voltooid); het kleine getal geeft aan hoeveel. Grijze dagen vallen buiten de periode.</translation>
        </message>
        <message>
            <source>Before the session</source>
            <translation>Voor de sessie</translation>
        </message>
        <message>
            <source>After the session</source>
            <translation>Na de sessie</translation>
        </message>
        <message>
            <source>Pain (0–10)</source>
            <translation>Pijn (0–10)</translation>
        </message>
        <message>
            <source>Pain trend</source>
            <translation>Pijnverloop</translation>
        </message>
        <message>
            <source>Pain on a scale of 0 (none) to 10 (worst imaginable), rated by the patient before and after sessions. {summary}.</source>
            <translation>Pijn op een schaal van 0 (geen) tot 10 (ergst denkbaar), door de patiënt beoordeeld voor en na de sessies. {summary}.</translation>
        </message>
        <message>
            <source>No pain ratings were recorded in this period.</source>
            <translation>In deze periode zijn geen pijnscores vastgelegd.</translation>
        </message>
        <message>
            <source>Exercises completed</source>
            <translation>Voltooide oefeningen</translation>
        </message>
        <message>
            <source>No exercises were recorded in this period.</source>
            <translation>In deze periode zijn geen oefeningen vastgelegd.</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Oefening</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Voltooid</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Overgeslagen</translation>
        </message>
        <message>
            <source>Stopped part way</source>
            <translation>Halverwege gestopt</translation>
        </message>
        <message>
            <source>Completed share</source>
            <translation>Aandeel voltooid</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <comment>a day and a time of day</comment>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>The routine's stop rule did not fire in this period.</source>
            <translation>De stopregel van het schema is in deze periode niet afgegaan.</translation>
        </message>
        <message>
            <source>The routine's stop rule fired: the patient was told to stop and contact you.</source>
            <translation>De stopregel van het schema is afgegaan: de patiënt is gevraagd te stoppen en contact met u op te nemen.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Schema</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Wat er gebeurde</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the body areas of a list</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Where it hurt before: {before}; after: {after}.</source>
            <translation>Pijn vooraf: {before}; achteraf: {after}.</translation>
        </message>
        <message>
            <source>Where it hurt before: {before}.</source>
            <translation>Pijn vooraf: {before}.</translation>
        </message>
        <message>
            <source>Where it hurt after: {after}.</source>
            <translation>Pijn achteraf: {after}.</translation>
        </message>
        <message>
            <source>Stopped part way through {exercise}: {done} of {planned}.</source>
            <translation>{exercise} halverwege gestopt: {done} van {planned}.</translation>
        </message>
        <message>
            <source>Sessions and notes</source>
            <translation>Sessies en notities</translation>
        </message>
        <message>
            <source>Day, time</source>
            <translation>Dag, tijd</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Einde</translation>
        </message>
        <message>
            <source>Exercises done</source>
            <translation>Oefeningen gedaan</translation>
        </message>
        <message>
            <source>Pain before</source>
            <translation>Pijn vooraf</translation>
        </message>
        <message>
            <source>Pain after</source>
            <translation>Pijn achteraf</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>{weekday} {day}, {time}</source>
            <comment>a day of the month and a time</comment>
            <translation>{weekday} {day}, {time}</translation>
        </message>
        <message>
            <source>{done} of {planned}</source>
            <comment>exercises done of those planned</comment>
            <translation>{done} van {planned}</translation>
        </message>
        <message>
            <source>{app} exercise report, {period}</source>
            <translation>{app}-oefenverslag, {period}</translation>
        </message>
        <message>
            <source>{app} report, {since} to {until}</source>
            <translation>{app}-verslag, {since} t/m {until}</translation>
        </message>
        <message>
            <source>Home exercise sessions, adherence and pain, for the physiotherapist</source>
            <translation>Thuisoefensessies, therapietrouw en pijn, voor de fysiotherapeut</translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <translation>pagina {page} van {pages}</translation>
        </message>
        <message>
            <source>{title} (continued)</source>
            <comment>a month's rows going on</comment>
            <translation>{title} (vervolg)</translation>
        </message>
    </context>
    <context>
        <name>ReportProblems</name>
        <message>
            <source>the period starts on {since}, which is in the future (today is {today}); choose a start up to today</source>
            <translation>de periode begint op {since}, en dat ligt in de toekomst (vandaag is het {today}); kies een begin tot en met vandaag</translation>
        </message>
        <message>
            <source>the period ends ({until}) before it starts ({since})</source>
            <translation>de periode eindigt ({until}) voordat die begint ({since})</translation>
        </message>
        <message>
            <source>no sessions are logged yet, so there is nothing to report</source>
            <translation>er zijn nog geen sessies opgeslagen, dus er is niets om over te rapporteren</translation>
        </message>
        <message>
            <source>no sessions were logged from {since} to {end}: the first session was on {start}</source>
            <translation>van {since} tot en met {end} zijn geen sessies opgeslagen: de eerste sessie was op {start}</translation>
        </message>
        <message>
            <source>no font for the PDF was found: install DejaVu Sans (on Debian and Ubuntu the package fonts-dejavu-core) or put DejaVuSans.ttf and DejaVuSans-Bold.ttf in {folder}</source>
            <translation>er is geen lettertype voor de pdf gevonden: installeer DejaVu Sans (op Debian en Ubuntu het pakket fonts-dejavu-core) of zet DejaVuSans.ttf en DejaVuSans-Bold.ttf in {folder}</translation>
        </message>
        <message>
            <source>cannot use the font {font}: {problem}</source>
            <translation>het lettertype {font} kan niet worden gebruikt: {problem}</translation>
        </message>
    </context>
    <context>
        <name>ReportWriter</name>
        <message>
            <source>The report was not saved: cannot write {output}: {reason}</source>
            <translation>Het rapport is niet opgeslagen: {output} kan niet worden geschreven: {reason}</translation>
        </message>
        <message>
            <source>The report was not saved: {problem}</source>
            <translation>Het rapport is niet opgeslagen: {problem}</translation>
        </message>
        <message>
            <source>The report was not saved: an unexpected problem ({kind}: {problem})</source>
            <translation>Het rapport is niet opgeslagen: een onverwacht probleem ({kind}: {problem})</translation>
        </message>
    </context>
    <context>
        <name>RoutineKeys</name>
        <message>
            <source>Format version</source>
            <translation>Formaatversie</translation>
        </message>
        <message>
            <source>The version of the routine format the file is written in.</source>
            <translation>De versie van het schemaformaat waarin het bestand is geschreven.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>The routine's name, shown in the list of routines and in the history.</source>
            <translation>De naam van het schema, zoals die in de lijst met schema’s en in de geschiedenis staat.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschrijving</translation>
        </message>
        <message>
            <source>A few sentences for the patient about the routine as a whole.</source>
            <translation>Een paar zinnen voor de patiënt over het schema als geheel.</translation>
        </message>
        <message>
            <source>Sessions per week</source>
            <translation>Sessies per week</translation>
        </message>
        <message>
            <source>How often the patient should do the routine; it is stored with each logged session.</source>
            <translation>Hoe vaak de patiënt het schema hoort te doen; dit wordt bij elke vastgelegde sessie bewaard.</translation>
        </message>
        <message>
            <source>Time to get into position (seconds)</source>
            <translation>Tijd om in positie te komen (seconden)</translation>
        </message>
        <message>
            <source>Time to get into position before each exercise, while the exercise is introduced aloud. An exercise can set its own.</source>
            <translation>Tijd om voor elke oefening in positie te komen, terwijl de oefening wordt voorgelezen. Een oefening kan een eigen tijd hebben.</translation>
        </message>
        <message>
            <source>Rest between exercises (seconds)</source>
            <translation>Rust tussen oefeningen (seconden)</translation>
        </message>
        <message>
            <source>The rest after each exercise except the last. An exercise can set its own.</source>
            <translation>De rust na elke oefening behalve de laatste. Een oefening kan een eigen rust hebben.</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Oefeningen</translation>
        </message>
        <message>
            <source>The exercises, in the order they are done.</source>
            <translation>De oefeningen, in de volgorde waarin ze worden gedaan.</translation>
        </message>
        <message>
            <source>Stop rule</source>
            <translation>Stopregel</translation>
        </message>
        <message>
            <source>When Homestretch advises the patient to stop and contact their physiotherapist.</source>
            <translation>Wanneer Homestretch de patiënt aanraadt te stoppen en contact op te nemen met de fysiotherapeut.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>The language the routine is written in, as a BCP 47 tag (`nl`, `de`, `zh-CN`): what Homestretch itself says and shows during the session (counts, sides, rests, the end) is in this language, read out by a voice that speaks it.</source>
            <translation>De taal waarin het schema is geschreven, als BCP 47-taalcode (`nl`, `de`, `zh-CN`): wat Homestretch zelf tijdens de sessie zegt en toont (tellen, kanten, rustpauzes, het einde) is in deze taal, voorgelezen door een stem die deze taal spreekt.</translation>
        </message>
        <message>
            <source>Pain rise</source>
            <translation>Pijnstijging</translation>
        </message>
        <message>
            <source>Advise stopping when a pain rating is this many points or more above the rating given before the session.</source>
            <translation>Aanraden te stoppen wanneer een pijnscore zoveel punten of meer hoger is dan de score van vóór de sessie.</translation>
        </message>
        <message>
            <source>Pain limit</source>
            <translation>Pijngrens</translation>
        </message>
        <message>
            <source>Advise stopping at any pain rating of this or more, including the one given before the session.</source>
            <translation>Aanraden te stoppen bij elke pijnscore van deze waarde of hoger, ook die van vóór de sessie.</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>A short permanent name that follows the exercise from session to session in the log: lower-case letters, digits and hyphens. Keep it when the dose changes.</source>
            <translation>Een korte, vaste naam waarmee de oefening van sessie tot sessie in het logboek wordt gevolgd: kleine letters, cijfers en koppeltekens. Houd hem hetzelfde als de dosering verandert.</translation>
        </message>
        <message>
            <source>The exercise's title, spoken when the exercise begins.</source>
            <translation>De titel van de oefening, uitgesproken wanneer de oefening begint.</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Houding</translation>
        </message>
        <message>
            <source>How the patient lies, sits or stands.</source>
            <translation>Hoe de patiënt ligt, zit of staat.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Samenvatting</translation>
        </message>
        <message>
            <source>A one-sentence description, spoken after the name.</source>
            <translation>Een beschrijving in één zin, uitgesproken na de naam.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Stappen</translation>
        </message>
        <message>
            <source>The instructions for the patient, in order.</source>
            <translation>De instructies voor de patiënt, op volgorde.</translation>
        </message>
        <message>
            <source>Cautions</source>
            <translation>Waarschuwingen</translation>
        </message>
        <message>
            <source>Warnings to heed while doing the exercise.</source>
            <translation>Waarschuwingen om tijdens de oefening op te letten.</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Afbeelding</translation>
        </message>
        <message>
            <source>A picture or figure shown during the exercise, relative to the routine's folder or starting with 'assets:' for a bundled one.</source>
            <translation>Een afbeelding of figuur die tijdens de oefening wordt getoond: een bestand ten opzichte van de map van het schema, of beginnend met 'assets:' voor een meegeleverde figuur.</translation>
        </message>
        <message>
            <source>Sides</source>
            <translation>Kanten</translation>
        </message>
        <message>
            <source>Which legs the exercise works, and in what order.</source>
            <translation>Welke benen de oefening gebruikt, en in welke volgorde.</translation>
        </message>
        <message>
            <source>First side</source>
            <translation>Eerste kant</translation>
        </message>
        <message>
            <source>The leg to start with.</source>
            <translation>Het been waarmee wordt begonnen.</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Series</translation>
        </message>
        <message>
            <source>How many times the whole exercise is done, with a rest between.</source>
            <translation>Hoe vaak de hele oefening wordt gedaan, met rust ertussen.</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Herhalingen</translation>
        </message>
        <message>
            <source>The number of repetitions, per leg for one-sided exercises, in each set.</source>
            <translation>Het aantal herhalingen per serie, bij oefeningen voor één kant per been.</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Fasen</translation>
        </message>
        <message>
            <source>The timed parts of each rep, in order, such as bend, hold, lower.</source>
            <translation>De getimede delen van elke herhaling, op volgorde, zoals buigen, vasthouden, laten zakken.</translation>
        </message>
        <message>
            <source>Timed work</source>
            <translation>Oefening op tijd</translation>
        </message>
        <message>
            <source>One timed stretch, done once per side in each set, instead of reps of phases.</source>
            <translation>Eén rekoefening op tijd, per serie één keer per kant, in plaats van herhalingen uit fasen.</translation>
        </message>
        <message>
            <source>Rest between reps (seconds)</source>
            <translation>Rust tussen herhalingen (seconden)</translation>
        </message>
        <message>
            <source>The rest between two reps.</source>
            <translation>De rust tussen twee herhalingen.</translation>
        </message>
        <message>
            <source>Switch between legs (seconds)</source>
            <translation>Wisselen van been (seconden)</translation>
        </message>
        <message>
            <source>The time to switch from one leg to the other.</source>
            <translation>De tijd om van het ene been naar het andere te wisselen.</translation>
        </message>
        <message>
            <source>Rest between sets (seconds)</source>
            <translation>Rust tussen series (seconden)</translation>
        </message>
        <message>
            <source>The rest between two sets.</source>
            <translation>De rust tussen twee series.</translation>
        </message>
        <message>
            <source>Rest after (seconds)</source>
            <translation>Rust erna (seconden)</translation>
        </message>
        <message>
            <source>The rest after this exercise; the routine's rest between exercises when left out.</source>
            <translation>De rust na deze oefening; zonder waarde geldt de rust tussen oefeningen van het schema.</translation>
        </message>
        <message>
            <source>Time to get into position; the routine's when left out.</source>
            <translation>Tijd om in positie te komen; zonder waarde geldt die van het schema.</translation>
        </message>
        <message>
            <source>The phase's label, such as hold.</source>
            <translation>De naam van de fase, zoals ‘vasthouden’.</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Seconden</translation>
        </message>
        <message>
            <source>How long the phase lasts.</source>
            <translation>Hoe lang de fase duurt.</translation>
        </message>
        <message>
            <source>Spoken cue</source>
            <translation>Gesproken aanwijzing</translation>
        </message>
        <message>
            <source>Spoken as the phase begins.</source>
            <translation>Uitgesproken wanneer de fase begint.</translation>
        </message>
        <message>
            <source>How long the work lasts, on each side.</source>
            <translation>Hoe lang de oefening per kant duurt.</translation>
        </message>
        <message>
            <source>The label shown during the work.</source>
            <translation>De naam die tijdens de oefening wordt getoond.</translation>
        </message>
        <message>
            <source>Spoken as the work begins.</source>
            <translation>Uitgesproken wanneer de oefening begint.</translation>
        </message>
    </context>
    <context>
        <name>RoutineProblems</name>
        <message>
            <source>{place}: warning: {message}</source>
            <translation>{place}: waarschuwing: {message}</translation>
        </message>
        <message>
            <source>not valid YAML: the character {code} here is not allowed</source>
            <translation>geen geldige YAML: het teken {code} is hier niet toegestaan</translation>
        </message>
        <message>
            <source>not valid YAML: the byte here is not allowed</source>
            <translation>geen geldige YAML: de byte hier is niet toegestaan</translation>
        </message>
        <message>
            <source>the file is nested too deeply</source>
            <translation>het bestand is te diep genest</translation>
        </message>
        <message>
            <source>not valid YAML: {reason}</source>
            <translation>geen geldige YAML: {reason}</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>het bestand is leeg</translation>
        </message>
        <message>
            <source>invalid routine</source>
            <translation>ongeldig oefenschema</translation>
        </message>
        <message>
            <source>this session would take {length}; a session may take at most {hours} hours and {steps} steps; the largest exercise, '{id}', takes {exercise_length}</source>
            <translation>deze sessie zou {length} duren; een sessie mag hoogstens {hours} uur en {steps} stappen duren; de grootste oefening, '{id}', duurt {exercise_length}</translation>
        </message>
        <message>
            <source>this text contains a character that is not valid</source>
            <translation>deze tekst bevat een ongeldig teken</translation>
        </message>
        <message>
            <source>not valid UTF-8 text; save the file as UTF-8</source>
            <translation>geen geldige UTF-8-tekst; sla het bestand op als UTF-8</translation>
        </message>
        <message>
            <source>lists and mappings are nested more than {depth} deep</source>
            <translation>lijsten en koppelingen zijn meer dan {depth} niveaus diep genest</translation>
        </message>
        <message>
            <source>the routine must be a mapping of 'key: value' lines</source>
            <translation>het schema moet bestaan uit regels van de vorm 'key: value'</translation>
        </message>
        <message>
            <source>keys in the routine must be plain words</source>
            <translation>sleutels in het schema moeten gewone woorden zijn</translation>
        </message>
        <message>
            <source>unknown key '{key}' in the routine</source>
            <translation>onbekende sleutel '{key}' in het schema</translation>
        </message>
        <message>
            <source>unknown key '{key}' in the routine; did you mean '{hint}'?</source>
            <translation>onbekende sleutel '{key}' in het schema; bedoelde u '{hint}'?</translation>
        </message>
        <message>
            <source>the routine needs '{key}'</source>
            <translation>het schema heeft '{key}' nodig</translation>
        </message>
        <message>
            <source>an exercise must be a mapping of 'key: value' lines</source>
            <translation>een oefening moet bestaan uit regels van de vorm 'key: value'</translation>
        </message>
        <message>
            <source>keys in an exercise must be plain words</source>
            <translation>sleutels in een oefening moeten gewone woorden zijn</translation>
        </message>
        <message>
            <source>unknown key '{key}' in an exercise</source>
            <translation>onbekende sleutel '{key}' in een oefening</translation>
        </message>
        <message>
            <source>unknown key '{key}' in an exercise; did you mean '{hint}'?</source>
            <translation>onbekende sleutel '{key}' in een oefening; bedoelde u '{hint}'?</translation>
        </message>
        <message>
            <source>an exercise needs '{key}'</source>
            <translation>een oefening heeft '{key}' nodig</translation>
        </message>
        <message>
            <source>a phase must be a mapping of 'key: value' lines</source>
            <translation>een fase moet bestaan uit regels van de vorm 'key: value'</translation>
        </message>
        <message>
            <source>keys in a phase must be plain words</source>
            <translation>sleutels in een fase moeten gewone woorden zijn</translation>
        </message>
        <message>
            <source>unknown key '{key}' in a phase</source>
            <translation>onbekende sleutel '{key}' in een fase</translation>
        </message>
        <message>
            <source>unknown key '{key}' in a phase; did you mean '{hint}'?</source>
            <translation>onbekende sleutel '{key}' in een fase; bedoelde u '{hint}'?</translation>
        </message>
        <message>
            <source>a phase needs '{key}'</source>
            <translation>een fase heeft '{key}' nodig</translation>
        </message>
        <message>
            <source>the figure must be a mapping of 'key: value' lines</source>
            <translation>de figuur moet bestaan uit regels van de vorm 'key: value'</translation>
        </message>
        <message>
            <source>keys in the figure must be plain words</source>
            <translation>sleutels in de figuur moeten gewone woorden zijn</translation>
        </message>
        <message>
            <source>unknown key '{key}' in the figure</source>
            <translation>onbekende sleutel '{key}' in de figuur</translation>
        </message>
        <message>
            <source>unknown key '{key}' in the figure; did you mean '{hint}'?</source>
            <translation>onbekende sleutel '{key}' in de figuur; bedoelde u '{hint}'?</translation>
        </message>
        <message>
            <source>the figure needs '{key}'</source>
            <translation>de figuur heeft '{key}' nodig</translation>
        </message>
        <message>
            <source>a pose must be a mapping of 'key: value' lines</source>
            <translation>een houding moet bestaan uit regels van de vorm 'key: value'</translation>
        </message>
        <message>
            <source>keys in a pose must be plain words</source>
            <translation>sleutels in een houding moeten gewone woorden zijn</translation>
        </message>
        <message>
            <source>unknown key '{key}' in a pose</source>
            <translation>onbekende sleutel '{key}' in een houding</translation>
        </message>
        <message>
            <source>unknown key '{key}' in a pose; did you mean '{hint}'?</source>
            <translation>onbekende sleutel '{key}' in een houding; bedoelde u '{hint}'?</translation>
        </message>
        <message>
            <source>a pose needs '{key}'</source>
            <translation>een houding heeft '{key}' nodig</translation>
        </message>
        <message>
            <source>'{name}' must be a mapping of 'key: value' lines</source>
            <translation>'{name}' moet bestaan uit regels van de vorm 'key: value'</translation>
        </message>
        <message>
            <source>keys in '{name}' must be plain words</source>
            <translation>sleutels in '{name}' moeten gewone woorden zijn</translation>
        </message>
        <message>
            <source>unknown key '{key}' in '{name}'</source>
            <translation>onbekende sleutel '{key}' in '{name}'</translation>
        </message>
        <message>
            <source>unknown key '{key}' in '{name}'; did you mean '{hint}'?</source>
            <translation>onbekende sleutel '{key}' in '{name}'; bedoelde u '{hint}'?</translation>
        </message>
        <message>
            <source>'{name}' needs '{key}'</source>
            <translation>'{name}' heeft '{key}' nodig</translation>
        </message>
        <message>
            <source>'{key}' must be a whole number without quotes, such as 8</source>
            <translation>'{key}' moet een geheel getal zonder aanhalingstekens zijn, zoals 8</translation>
        </message>
        <message>
            <source>'{key}: {raw}' is ambiguous (YAML reads it as base-60); write a whole number such as 8</source>
            <translation>'{key}: {raw}' is dubbelzinnig (YAML leest het als zestigtallig getal); schrijf een geheel getal, zoals 8</translation>
        </message>
        <message>
            <source>'{key}' must be a whole number such as 8, not '{raw}'</source>
            <translation>'{key}' moet een geheel getal zijn, zoals 8, niet '{raw}'</translation>
        </message>
        <message>
            <source>'{key}' must be a number of seconds without quotes, such as 5 or 2.5</source>
            <translation>'{key}' moet een aantal seconden zonder aanhalingstekens zijn, zoals 5 of 2.5</translation>
        </message>
        <message>
            <source>'{key}: {raw}' is ambiguous (YAML reads it as base-60); write a number of seconds such as 5 or 2.5</source>
            <translation>'{key}: {raw}' is dubbelzinnig (YAML leest het als zestigtallig getal); schrijf een aantal seconden, zoals 5 of 2.5</translation>
        </message>
        <message>
            <source>'{key}' must be a number of seconds such as 5 or 2.5, not '{raw}'</source>
            <translation>'{key}' moet een aantal seconden zijn, zoals 5 of 2.5, niet '{raw}'</translation>
        </message>
        <message>
            <source>'{key}' must be an angle in degrees without quotes, such as 90 or -45</source>
            <translation>'{key}' moet een hoek in graden zonder aanhalingstekens zijn, zoals 90 of -45</translation>
        </message>
        <message>
            <source>'{key}: {raw}' is ambiguous (YAML reads it as base-60); write an angle in degrees such as 90 or -45</source>
            <translation>'{key}: {raw}' is dubbelzinnig (YAML leest het als zestigtallig getal); schrijf een hoek in graden, zoals 90 of -45</translation>
        </message>
        <message>
            <source>'{key}' must be an angle in degrees such as 90 or -45, not '{raw}'</source>
            <translation>'{key}' moet een hoek in graden zijn, zoals 90 of -45, niet '{raw}'</translation>
        </message>
        <message>
            <source>'{key}' must be a number without quotes, such as {example}</source>
            <translation>'{key}' moet een getal zonder aanhalingstekens zijn, zoals {example}</translation>
        </message>
        <message>
            <source>'{key}: {raw}' is ambiguous (YAML reads it as base-60); write a number such as {example}</source>
            <translation>'{key}: {raw}' is dubbelzinnig (YAML leest het als zestigtallig getal); schrijf een getal, zoals {example}</translation>
        </message>
        <message>
            <source>'{key}' must be a number such as {example}, not '{raw}'</source>
            <translation>'{key}' moet een getal zijn, zoals {example}, niet '{raw}'</translation>
        </message>
        <message>
            <source>the file is too large or too deeply repeated to be a routine</source>
            <translation>het bestand is te groot of te vaak herhaald om een oefenschema te zijn</translation>
        </message>
        <message>
            <source>YAML tags such as {tag} are not allowed in a routine</source>
            <translation>YAML-tags zoals {tag} zijn niet toegestaan in een oefenschema</translation>
        </message>
        <message>
            <source>duplicate key '{key}' (first given on line {line})</source>
            <translation>dubbele sleutel '{key}' (eerst gegeven op regel {line})</translation>
        </message>
        <message>
            <source>'{key}' must be a list, one item per line starting with '- '</source>
            <translation>'{key}' moet een lijst zijn, één item per regel, beginnend met '- '</translation>
        </message>
        <message>
            <source>'{key} item' must be a single value</source>
            <translation>een item van '{key}' moet één enkele waarde zijn</translation>
        </message>
        <message>
            <source>'{key}' must be a single value</source>
            <translation>'{key}' moet één enkele waarde zijn</translation>
        </message>
        <message>
            <source>'{key} item' has no value</source>
            <translation>een item van '{key}' heeft geen waarde</translation>
        </message>
        <message>
            <source>'{key}' has no value</source>
            <translation>'{key}' heeft geen waarde</translation>
        </message>
        <message>
            <source>'{key} item' is empty</source>
            <translation>een item van '{key}' is leeg</translation>
        </message>
        <message>
            <source>'{key}' is empty</source>
            <translation>'{key}' is leeg</translation>
        </message>
        <message>
            <source>'{key} item' is longer than {max} characters</source>
            <translation>een item van '{key}' is langer dan {max} tekens</translation>
        </message>
        <message>
            <source>'{key}' is longer than {max} characters</source>
            <translation>'{key}' is langer dan {max} tekens</translation>
        </message>
        <message>
            <source>'{key} item' contains an invisible character that changes the direction of text ({code}); remove it</source>
            <translation>een item van '{key}' bevat een onzichtbaar teken dat de schrijfrichting verandert ({code}); verwijder het</translation>
        </message>
        <message>
            <source>'{key}' contains an invisible character that changes the direction of text ({code}); remove it</source>
            <translation>'{key}' bevat een onzichtbaar teken dat de schrijfrichting verandert ({code}); verwijder het</translation>
        </message>
        <message>
            <source>'{key} item' contains a control character ({code}); remove it</source>
            <translation>een item van '{key}' bevat een stuurteken ({code}); verwijder het</translation>
        </message>
        <message>
            <source>'{key}' contains a control character ({code}); remove it</source>
            <translation>'{key}' bevat een stuurteken ({code}); verwijder het</translation>
        </message>
        <message>
            <source>'{key}: {raw}' has a leading zero (YAML may read it as octal); write it without</source>
            <translation>'{key}: {raw}' begint met een nul (YAML kan het als achttallig getal lezen); schrijf het getal zonder</translation>
        </message>
        <message>
            <source>'{key}' must be from {low} to {high}, not {raw}</source>
            <translation>'{key}' moet tussen {low} en {high} liggen, niet {raw}</translation>
        </message>
        <message>
            <source>'{key}' must be from more than {low} to {high}, not {raw}</source>
            <translation>'{key}' moet groter dan {low} en hoogstens {high} zijn, niet {raw}</translation>
        </message>
        <message>
            <source>'{key}' must be written without quotes: {key}: {raw}</source>
            <translation>'{key}' moet zonder aanhalingstekens worden geschreven: {key}: {raw}</translation>
        </message>
        <message>
            <source>'{key}' must be one of: {options}; not '{raw}'</source>
            <translation>'{key}' moet een van deze zijn: {options}; niet '{raw}'</translation>
        </message>
        <message>
            <source>this routine uses format {schema}; this version of Homestretch reads format {version}. Update Homestretch to open it</source>
            <translation>dit schema gebruikt formaat {schema}; deze versie van Homestretch leest formaat {version}. Werk Homestretch bij om het te openen</translation>
        </message>
        <message>
            <source>'language: {tag}' is not a language tag; write one such as {tags}</source>
            <translation>'language: {tag}' is geen taalcode; schrijf er een zoals {tags}</translation>
        </message>
        <message>
            <source>Homestretch has no words in the language '{tag}' yet, so what it says during the session will be in English (it speaks {languages})</source>
            <translation>Homestretch heeft nog geen teksten in de taal '{tag}', dus wat het tijdens de sessie zegt is in het Engels (het spreekt {languages})</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the items of a list</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>'stop_rule' needs 'pain_rise', 'pain_at_least' or both</source>
            <translation>'stop_rule' heeft 'pain_rise', 'pain_at_least' of beide nodig</translation>
        </message>
        <message>
            <source>a routine needs at least one exercise</source>
            <translation>een schema heeft minstens één oefening nodig</translation>
        </message>
        <message>
            <source>a routine may have at most {max} exercises</source>
            <translation>een schema mag hoogstens {max} oefeningen hebben</translation>
        </message>
        <message>
            <source>exercise id '{id}' is used twice (first on line {line})</source>
            <translation>oefening-id '{id}' wordt twee keer gebruikt (eerst op regel {line})</translation>
        </message>
        <message>
            <source>'steps' needs at least one step</source>
            <translation>'steps' heeft minstens één stap nodig</translation>
        </message>
        <message>
            <source>an exercise needs either 'phases' (with 'reps') or 'work' (a plain timed duration), not both and not neither</source>
            <translation>een oefening heeft 'phases' (met 'reps') of 'work' (een gewone tijdsduur) nodig, niet allebei en niet geen van beide</translation>
        </message>
        <message>
            <source>an exercise with 'phases' needs 'reps'</source>
            <translation>een oefening met 'phases' heeft 'reps' nodig</translation>
        </message>
        <message>
            <source>'{key}' goes with 'phases', not with 'work'</source>
            <translation>'{key}' hoort bij 'phases', niet bij 'work'</translation>
        </message>
        <message>
            <source>'id: {value}' must use lower-case letters, digits and hyphens, such as 'sitting-knee-extension'</source>
            <translation>'id: {value}' mag alleen kleine letters, cijfers en koppeltekens bevatten, zoals 'sitting-knee-extension'</translation>
        </message>
        <message>
            <source>'phases' needs at least one phase</source>
            <translation>'phases' heeft minstens één fase nodig</translation>
        </message>
        <message>
            <source>an exercise may have at most {max} phases</source>
            <translation>een oefening mag hoogstens {max} fasen hebben</translation>
        </message>
        <message>
            <source>picture '{picture}' must be a path relative to the bundled assets</source>
            <translation>afbeelding '{picture}' moet een pad zijn ten opzichte van de meegeleverde bestanden</translation>
        </message>
        <message>
            <source>picture '{picture}' must be a path relative to the routine's folder</source>
            <translation>afbeelding '{picture}' moet een pad zijn ten opzichte van de map van het schema</translation>
        </message>
        <message>
            <source>picture '{picture}' points outside the bundled assets</source>
            <translation>afbeelding '{picture}' wijst naar buiten de meegeleverde bestanden</translation>
        </message>
        <message>
            <source>picture '{picture}' points outside the routine's folder</source>
            <translation>afbeelding '{picture}' wijst naar buiten de map van het schema</translation>
        </message>
        <message>
            <source>picture '{picture}' must be an SVG, PNG or JPEG file (or a .yaml figure)</source>
            <translation>afbeelding '{picture}' moet een SVG-, PNG- of JPEG-bestand zijn (of een .yaml-figuur)</translation>
        </message>
        <message>
            <source>picture '{picture}' not found</source>
            <translation>afbeelding '{picture}' niet gevonden</translation>
        </message>
        <message>
            <source>picture '{picture}' is not a {kind} file</source>
            <translation>afbeelding '{picture}' is geen {kind}-bestand</translation>
        </message>
        <message>
            <source>picture '{picture}' declares {declaration}s; an SVG picture must hold everything it shows</source>
            <translation>afbeelding '{picture}' declareert {declaration}-items; een SVG-afbeelding moet alles bevatten wat ze toont</translation>
        </message>
        <message>
            <source>picture '{picture}' links to another file ('{target}'); an SVG picture must hold everything it shows</source>
            <translation>afbeelding '{picture}' verwijst naar een ander bestand ('{target}'); een SVG-afbeelding moet alles bevatten wat ze toont</translation>
        </message>
        <message>
            <source>figure '{picture}' has problems; a placeholder is shown</source>
            <translation>figuur '{picture}' bevat fouten; er wordt een plaatshouder getoond</translation>
        </message>
        <message>
            <source>'{key}' needs 'schema: {since}' at the top of the file</source>
            <translation>'{key}' vereist 'schema: {since}' bovenaan het bestand</translation>
        </message>
        <message>
            <source>'{key}' applies only to '{other}: {value}'</source>
            <translation>'{key}' geldt alleen bij '{other}: {value}'</translation>
        </message>
        <message>
            <source>'{key}' applies only to '{other}: {first}' or '{other}: {second}'</source>
            <translation>'{key}' geldt alleen bij '{other}: {first}' of '{other}: {second}'</translation>
        </message>
        <message>
            <source>picture '{picture}' is a folder, not a file</source>
            <translation>afbeelding '{picture}' is een map, geen bestand</translation>
        </message>
        <message>
            <source>picture '{picture}' is not a regular file (it is a named pipe)</source>
            <translation>afbeelding '{picture}' is geen gewoon bestand (het is een named pipe)</translation>
        </message>
        <message>
            <source>picture '{picture}' is not a regular file (it is a device)</source>
            <translation>afbeelding '{picture}' is geen gewoon bestand (het is een apparaat)</translation>
        </message>
        <message>
            <source>picture '{picture}' is not a regular file (it is a socket)</source>
            <translation>afbeelding '{picture}' is geen gewoon bestand (het is een socket)</translation>
        </message>
        <message>
            <source>picture '{picture}' is not a regular file (it is not a plain file)</source>
            <translation>afbeelding '{picture}' is geen gewoon bestand</translation>
        </message>
        <message>
            <source>picture '{picture}' is larger than {size}</source>
            <translation>afbeelding '{picture}' is groter dan {size}</translation>
        </message>
        <message>
            <source>picture '{picture}' cannot be read ({reason})</source>
            <translation>afbeelding '{picture}' kan niet worden gelezen ({reason})</translation>
        </message>
        <message>
            <source>{seconds} s ({steps} steps)</source>
            <translation>{seconds} s ({steps} stappen)</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min ({steps} steps)</source>
            <translation>{hours} u {minutes} min ({steps} stappen)</translation>
        </message>
        <message>
            <source>{minutes} min ({steps} steps)</source>
            <translation>{minutes} min ({steps} stappen)</translation>
        </message>
        <message>
            <source>this session would take {length}; a session may take at most {hours} hours and {steps} steps</source>
            <translation>deze sessie zou {length} duren; een sessie mag hoogstens {hours} uur en {steps} stappen duren</translation>
        </message>
    </context>
    <context>
        <name>RoutinesPage</name>
        <message>
            <source>Double-click an exercise, or press Enter on it, to do that one alone</source>
            <translation>Dubbelklik op een oefening, of druk er op Enter, om alleen die te doen</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Schema’s</translation>
        </message>
        <message>
            <source>Open a routine file…  (Ctrl+O)</source>
            <translation>Schemabestand openen…  (Ctrl+O)</translation>
        </message>
        <message>
            <source>or drop a .yaml or .homestretch file onto this window</source>
            <translation>of sleep een .yaml- of .homestretch-bestand naar dit venster</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <source>Change the selected routine (a bundled one is saved as your copy)</source>
            <translation>Het gekozen schema wijzigen (een meegeleverd schema wordt als uw kopie opgeslagen)</translation>
        </message>
        <message>
            <source>Edit the selected routine</source>
            <translation>Geselecteerd schema bewerken</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>Nieuw schema</translation>
        </message>
        <message>
            <source>Your history  (Ctrl+H)</source>
            <translation>Uw geschiedenis  (Ctrl+H)</translation>
        </message>
        <message>
            <source>Past sessions, pain ratings and the report for your physiotherapist</source>
            <translation>Eerdere sessies, pijnscores en het rapport voor uw fysiotherapeut</translation>
        </message>
        <message>
            <source>About this routine</source>
            <translation>Over dit schema</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Oefeningen</translation>
        </message>
        <message>
            <source>How is your pain right now? (optional)</source>
            <translation>Hoeveel pijn hebt u nu? (niet verplicht)</translation>
        </message>
        <message>
            <source>Where does it hurt…</source>
            <translation>Waar doet het pijn…</translation>
        </message>
        <message>
            <source>▶  Start  (Space)</source>
            <translation>▶  Start  (spatie)</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliceren</translation>
        </message>
        <message>
            <source>Make a copy of the selected routine in your routines</source>
            <translation>Een kopie van het gekozen schema bij uw schema’s maken</translation>
        </message>
        <message>
            <source>Duplicate the selected routine</source>
            <translation>Geselecteerd schema dupliceren</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Wissen</translation>
        </message>
        <message>
            <source>Move the selected routine (one of yours) to the trash; you can undo it (Del)</source>
            <translation>Het gekozen (eigen) schema naar de prullenbak verplaatsen; dit kan ongedaan (Del)</translation>
        </message>
        <message>
            <source>Delete the selected routine</source>
            <translation>Geselecteerd schema wissen</translation>
        </message>
        <message>
            <source>Undo  (Ctrl+Z)</source>
            <translation>Ongedaan  (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Undo the delete</source>
            <translation>Wissen ongedaan maken</translation>
        </message>
        <message>
            <source>“{title}” moved to the trash.</source>
            <translation>‘{title}’ is naar de prullenbak verplaatst.</translation>
        </message>
        <message>
            <source>Put “{title}” back</source>
            <translation>‘{title}’ terugzetten</translation>
        </message>
        <message>
            <source>⚠ {name} (has problems)</source>
            <translation>⚠ {name} (bevat fouten)</translation>
        </message>
        <message>
            <source>{routine}  · yours</source>
            <translation>{routine}  · van u</translation>
        </message>
        <message>
            <source>No routine</source>
            <translation>Geen schema</translation>
        </message>
        <message>
            <source>This file has problems and cannot be used yet:</source>
            <translation>Dit bestand bevat fouten en kan nog niet worden gebruikt:</translation>
        </message>
        <message>
            <source>Ask your physiotherapist for a corrected file.</source>
            <translation>Vraag uw fysiotherapeut om een verbeterd bestand.</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s) · about {time} · {per_week} times a week</source>
            <translation>
                <numerusform>%n oefening · ongeveer {time} · {per_week} keer per week</numerusform>
                <numerusform>%n oefeningen · ongeveer {time} · {per_week} keer per week</numerusform>
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
            <translation>Sessies exporteren als CSV</translation>
        </message>
        <message>
            <source>The sessions were not saved: {exc}</source>
            <translation>De sessies zijn niet opgeslagen: {exc}</translation>
        </message>
        <message>
            <source>The sessions were not saved: cannot write {output}: {reason}</source>
            <translation>De sessies zijn niet opgeslagen: {output} kan niet worden geschreven: {reason}</translation>
        </message>
        <message>
            <source>Saved the sessions: {output}</source>
            <translation>Sessies opgeslagen: {output}</translation>
        </message>
        <message>
            <source>Export the exercise results as CSV</source>
            <translation>Oefenresultaten exporteren als CSV</translation>
        </message>
        <message>
            <source>The exercise results were not saved: {exc}</source>
            <translation>De oefenresultaten zijn niet opgeslagen: {exc}</translation>
        </message>
        <message>
            <source>The exercise results were not saved: cannot write {output}: {reason}</source>
            <translation>De oefenresultaten zijn niet opgeslagen: {output} kan niet worden geschreven: {reason}</translation>
        </message>
        <message>
            <source>Saved the exercise results: {output}</source>
            <translation>Oefenresultaten opgeslagen: {output}</translation>
        </message>
    </context>
    <context>
        <name>SessionTableModel</name>
        <message>
            <source>Date and
time</source>
            <translation>Datum en
tijd</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Schema</translation>
        </message>
        <message>
            <source>Time
done</source>
            <translation>Geoefende
tijd</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Gedaan</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Overgeslagen</translation>
        </message>
        <message>
            <source>Pain
before</source>
            <translation>Pijn
vooraf</translation>
        </message>
        <message>
            <source>Pain
after</source>
            <translation>Pijn
achteraf</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>{done} of {planned}</source>
            <translation>{done} van {planned}</translation>
        </message>
        <message>
            <source>⚠ stop rule</source>
            <translation>⚠ stopregel</translation>
        </message>
        <message>
            <source>{column}: {value}</source>
            <translation>{column}: {value}</translation>
        </message>
        <message>
            <source>Skipped: {names}</source>
            <translation>Overgeslagen: {names}</translation>
        </message>
        <message>
            <source>Pain before: {pain}</source>
            <translation>Pijn vooraf: {pain}</translation>
        </message>
        <message>
            <source>Pain after: {pain}</source>
            <translation>Pijn achteraf: {pain}</translation>
        </message>
        <message>
            <source>Where: {areas}</source>
            <translation>Waar: {areas}</translation>
        </message>
        <message>
            <source>Done in {offset}; here ({here_offset}) that was {time}.</source>
            <translation>Gedaan in {offset}; hier ({here_offset}) was dat {time}.</translation>
        </message>
        <message>
            <source>Double-click or press F2 to edit the note.</source>
            <translation>Dubbelklik of druk op F2 om de notitie te bewerken.</translation>
        </message>
        <message>
            <source>Double-click or press F2 to write a note.</source>
            <translation>Dubbelklik of druk op F2 om een notitie te schrijven.</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>◀◀ Previous (←)</source>
            <translation>◀◀ Vorige (←)</translation>
        </message>
        <message>
            <source>▶ Start (Space)</source>
            <translation>▶ Start (spatie)</translation>
        </message>
        <message>
            <source>Continue anyway (C)</source>
            <translation>Toch doorgaan (C)</translation>
        </message>
        <message>
            <source>Next (→) ▶▶</source>
            <translation>Volgende (→) ▶▶</translation>
        </message>
        <message>
            <source>■ Stop (Esc)</source>
            <translation>■ Stoppen (Esc)</translation>
        </message>
        <message>
            <source>Mute (M)</source>
            <translation>Geluid uit (M)</translation>
        </message>
        <message>
            <source>Back to routines (Esc)</source>
            <translation>Naar de schema’s (Esc)</translation>
        </message>
        <message>
            <source>Seconds left in this step</source>
            <translation>Resterende seconden in deze stap</translation>
        </message>
        <message>
            <source>How is your pain now? (optional)</source>
            <translation>Hoeveel pijn hebt u nu? (niet verplicht)</translation>
        </message>
        <message>
            <source>Where does it hurt…</source>
            <translation>Waar doet het pijn…</translation>
        </message>
        <message>
            <source>A note for your physiotherapist (optional)</source>
            <translation>Een notitie voor uw fysiotherapeut (niet verplicht)</translation>
        </message>
        <message>
            <source>Save note
(Ctrl+Enter)</source>
            <translation>Notitie opslaan
(Ctrl+Enter)</translation>
        </message>
        <message>
            <source>❚❚ Pause (Space)</source>
            <translation>❚❚ Pauze (spatie)</translation>
        </message>
        <message>
            <source>▶ Resume (Space)</source>
            <translation>▶ Verder (spatie)</translation>
        </message>
        <message>
            <source>■ End the session (Space)</source>
            <translation>■ Sessie beëindigen (spatie)</translation>
        </message>
        <message>
            <source>Session progress</source>
            <translation>Voortgang van de sessie</translation>
        </message>
        <message>
            <source>Note saved</source>
            <translation>Notitie opgeslagen</translation>
        </message>
        <message>
            <source>Unmute (M)</source>
            <translation>Geluid aan (M)</translation>
        </message>
    </context>
    <context>
        <name>SettingsProblems</name>
        <message>
            <source>The settings file {file} was ignored because it is not UTF-8 text; the defaults are used.</source>
            <translation>Het instellingenbestand {file} is genegeerd, omdat het geen UTF-8-tekst is; de standaardwaarden worden gebruikt.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is not valid JSON ({detail} is not a JSON number); the defaults are used.</source>
            <translation>Het instellingenbestand {file} is genegeerd, omdat het geen geldige JSON is ({detail} is geen JSON-getal); de standaardwaarden worden gebruikt.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is nested too deeply to hold settings; the defaults are used.</source>
            <translation>Het instellingenbestand {file} is genegeerd, omdat het te diep genest is om instellingen te bevatten; de standaardwaarden worden gebruikt.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is not valid JSON (line {line}, column {column}); the defaults are used.</source>
            <translation>Het instellingenbestand {file} is genegeerd, omdat het geen geldige JSON is (regel {line}, kolom {column}); de standaardwaarden worden gebruikt.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it holds a value that cannot be read (such as a number with too many digits); the defaults are used.</source>
            <translation>Het instellingenbestand {file} is genegeerd, omdat het een waarde bevat die niet kan worden gelezen (zoals een getal met te veel cijfers); de standaardwaarden worden gebruikt.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it does not hold a JSON object; the defaults are used.</source>
            <translation>Het instellingenbestand {file} is genegeerd, omdat het geen JSON-object bevat; de standaardwaarden worden gebruikt.</translation>
        </message>
        <message>
            <source>Some settings in {file} were not valid; their defaults are used: {names}.</source>
            <translation>Enkele instellingen in {file} waren ongeldig; daarvoor worden de standaardwaarden gebruikt: {names}.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is a folder, not a file; the defaults are used.</source>
            <translation>Het instellingenbestand {file} is genegeerd, omdat het een map is, geen bestand; de standaardwaarden worden gebruikt.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is not a regular file (it is a named pipe); the defaults are used.</source>
            <translation>Het instellingenbestand {file} is genegeerd, omdat het geen gewoon bestand is (het is een named pipe); de standaardwaarden worden gebruikt.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is not a regular file (it is a device); the defaults are used.</source>
            <translation>Het instellingenbestand {file} is genegeerd, omdat het geen gewoon bestand is (het is een apparaat); de standaardwaarden worden gebruikt.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is not a regular file (it is a socket); the defaults are used.</source>
            <translation>Het instellingenbestand {file} is genegeerd, omdat het geen gewoon bestand is (het is een socket); de standaardwaarden worden gebruikt.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is not a regular file (it is not a plain file); the defaults are used.</source>
            <translation>Het instellingenbestand {file} is genegeerd, omdat het geen gewoon bestand is; de standaardwaarden worden gebruikt.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is larger than {detail}; the defaults are used.</source>
            <translation>Het instellingenbestand {file} is genegeerd, omdat het groter is dan {detail}; de standaardwaarden worden gebruikt.</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it cannot be read ({detail}); the defaults are used.</source>
            <translation>Het instellingenbestand {file} is genegeerd, omdat het niet kan worden gelezen ({detail}); de standaardwaarden worden gebruikt.</translation>
        </message>
    </context>
    <context>
        <name>Sharing</name>
        <message>
            <source>Shared routines (*{suffix})</source>
            <translation>Gedeelde schema’s (*{suffix})</translation>
        </message>
        <message>
            <source>No routine to export</source>
            <translation>Geen schema om te exporteren</translation>
        </message>
        <message>
            <source>Choose a routine that works in the list first, then export it.</source>
            <translation>Kies eerst een bruikbaar schema in de lijst en exporteer het dan.</translation>
        </message>
        <message>
            <source>Export “{name}”</source>
            <translation>‘{name}’ exporteren</translation>
        </message>
        <message>
            <source>“{name}” cannot be exported</source>
            <translation>‘{name}’ kan niet worden geëxporteerd</translation>
        </message>
        <message numerus="yes">
            <source>This routine has %n problem(s); fix them before sending it:</source>
            <translation>
                <numerusform>Dit schema heeft %n fout; verbeter die voor u het verstuurt:</numerusform>
                <numerusform>Dit schema heeft %n fouten; verbeter die voor u het verstuurt:</numerusform>
            </translation>
        </message>
        <message>
            <source>“{name}” could not be saved</source>
            <translation>‘{name}’ kon niet worden opgeslagen</translation>
        </message>
        <message>
            <source>It could not be written in {parent}: {value}</source>
            <translation>Het kon niet in {parent} worden geschreven: {value}</translation>
        </message>
        <message numerus="yes">
            <source>Exported {routine} and %n picture(s) to {output}</source>
            <translation>
                <numerusform>{routine} en %n afbeelding geëxporteerd naar {output}</numerusform>
                <numerusform>{routine} en %n afbeeldingen geëxporteerd naar {output}</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported {routine} to {output}</source>
            <translation>{routine} geëxporteerd naar {output}</translation>
        </message>
        <message>
            <source>“{name}” is already among your routines</source>
            <translation>‘{name}’ staat al bij uw schema’s</translation>
        </message>
        <message>
            <source>You added a routine from a file named “{name}” before. Replace it with the one in “{name2}”, or keep both?</source>
            <translation>U hebt al eerder een schema toegevoegd uit een bestand met de naam ‘{name}’. Vervangen door dat in ‘{name2}’, of beide bewaren?</translation>
        </message>
        <message>
            <source>The one you have is in {taken}. Keep both adds this one with a number after its name, as “{kept}”.</source>
            <translation>Het bestaande staat in {taken}. ‘Beide bewaren’ voegt dit toe met een nummer achter de naam, als ‘{kept}’.</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Vervangen</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Beide bewaren</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>“{name}” could not be added</source>
            <translation>‘{name}’ kon niet worden toegevoegd</translation>
        </message>
        <message>
            <source>It could not be copied into {user_routines_dir}: {value}</source>
            <translation>Het kon niet naar {user_routines_dir} worden gekopieerd: {value}</translation>
        </message>
        <message>
            <source>“{name}” cannot be used</source>
            <translation>‘{name}’ kan niet worden gebruikt</translation>
        </message>
        <message numerus="yes">
            <source>The routine in it has %n problem(s):</source>
            <translation>
                <numerusform>Het schema daarin heeft %n fout:</numerusform>
                <numerusform>Het schema daarin heeft %n fouten:</numerusform>
            </translation>
        </message>
        <message>
            <source>“{name}” cannot be opened</source>
            <translation>‘{name}’ kan niet worden geopend</translation>
        </message>
    </context>
    <context>
        <name>SpeechProblems</name>
        <message>
            <source>Spoken instructions are off because the espeak-ng speech engine is not installed. The screen still guides you. To hear the instructions, install it with: sudo apt install espeak-ng (then start Homestretch again).</source>
            <translation>Gesproken aanwijzingen staan uit omdat de spraakmachine espeak-ng niet is geïnstalleerd. Het scherm begeleidt u gewoon. Installeer hem om de aanwijzingen te horen met: sudo apt install espeak-ng (en start Homestretch opnieuw).</translation>
        </message>
        <message>
            <source>Spoken instructions are off because the speech engine is not working. The screen still guides you. Starting Homestretch again may bring the voice back; if it does not, reinstall the engine with: sudo apt install --reinstall espeak-ng</source>
            <translation>Gesproken aanwijzingen staan uit omdat de spraakmachine niet werkt. Het scherm begeleidt u gewoon. Homestretch opnieuw starten brengt de stem misschien terug; zo niet, installeer de spraakmachine opnieuw met: sudo apt install --reinstall espeak-ng</translation>
        </message>
        <message>
            <source>Spoken instructions are off because Homestretch cannot save its speech files in the folder {folder}. The screen still guides you. To hear the instructions, make sure that folder can be written to and the disk is not full, then start Homestretch again.</source>
            <translation>Gesproken aanwijzingen staan uit omdat Homestretch zijn spraakbestanden niet kan opslaan in de map {folder}. Het scherm begeleidt u gewoon. Zorg dat u in die map kunt schrijven en dat de schijf niet vol is, en start Homestretch opnieuw.</translation>
        </message>
        <message>
            <source>There will be no voice or beeps because no sound player is installed. The screen still guides you. To hear them, install one with: sudo apt install alsa-utils (then start Homestretch again).</source>
            <translation>Er is geen stem en geen piepjes omdat er geen geluidsspeler is geïnstalleerd. Het scherm begeleidt u gewoon. Installeer er een met: sudo apt install alsa-utils (en start Homestretch opnieuw).</translation>
        </message>
        <message>
            <source>No sound device was found, so there will be no voice or beeps. The screen still guides you. To hear them, connect speakers or headphones, then start Homestretch again.</source>
            <translation>Er is geen geluidsapparaat gevonden, dus er is geen stem en geen piepjes. Het scherm begeleidt u gewoon. Sluit luidsprekers of een koptelefoon aan en start Homestretch opnieuw.</translation>
        </message>
        <message>
            <source>No installed voice speaks {name}, the language of this routine, so the default voice reads it and may be hard to understand. The screen still guides you. To hear it in its language, install the voices of the espeak-ng speech engine with: sudo apt install espeak-ng-data (then start Homestretch again).</source>
            <translation>Geen geïnstalleerde stem spreekt {name}, de taal van dit schema, dus de standaardstem leest het voor en is misschien moeilijk te verstaan. Het scherm begeleidt u gewoon. Installeer de stemmen van espeak-ng om het in zijn taal te horen met: sudo apt install espeak-ng-data (en start Homestretch opnieuw).</translation>
        </message>
    </context>
    <context>
        <name>SpeechSettingsDialog</name>
        <message>
            <source>Say a sample</source>
            <translation>Voorbeeld uitspreken</translation>
        </message>
        <message>
            <source>Speaking…</source>
            <translation>Spreekt…</translation>
        </message>
        <message>
            <source>Speed: {rate} words a minute</source>
            <translation>Tempo: {rate} woorden per minuut</translation>
        </message>
        <message>
            <source>Volume: {percent} %</source>
            <translation>Volume: {percent} %</translation>
        </message>
        <message>
            <source>Voice, speed and volume</source>
            <translation>Stem, tempo en volume</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Stem</translation>
        </message>
        <message>
            <source>Default voice</source>
            <translation>Standaardstem</translation>
        </message>
        <message>
            <source>Voices for {name} come first, then other languages.</source>
            <translation>Stemmen voor {name} staan eerst, dan andere talen.</translation>
        </message>
    </context>
    <context>
        <name>Stats</name>
        <message>
            <source>finished, {skipped} skipped</source>
            <translation>afgerond, {skipped} overgeslagen</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>voltooid</translation>
        </message>
        <message>
            <source>{skipped} skipped</source>
            <translation>{skipped} overgeslagen</translation>
        </message>
        <message>
            <source>{partial} part way</source>
            <translation>{partial} half gedaan</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>gestopt</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>onderbroken</translation>
        </message>
        <message numerus="yes">
            <source>Before sessions: average {mean} over %n rating(s), first {first}, last {last}</source>
            <translation>
                <numerusform>Voor de sessies: gemiddeld {mean} over %n score, eerste {first}, laatste {last}</numerusform>
                <numerusform>Voor de sessies: gemiddeld {mean} over %n scores, eerste {first}, laatste {last}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>before sessions: average {mean} over %n rating(s), first {first}, last {last}</source>
            <translation>
                <numerusform>voor de sessies: gemiddeld {mean} over %n score, eerste {first}, laatste {last}</numerusform>
                <numerusform>voor de sessies: gemiddeld {mean} over %n scores, eerste {first}, laatste {last}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>After sessions: average {mean} over %n rating(s), first {first}, last {last}</source>
            <translation>
                <numerusform>Na de sessies: gemiddeld {mean} over %n score, eerste {first}, laatste {last}</numerusform>
                <numerusform>Na de sessies: gemiddeld {mean} over %n scores, eerste {first}, laatste {last}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>after sessions: average {mean} over %n rating(s), first {first}, last {last}</source>
            <translation>
                <numerusform>na de sessies: gemiddeld {mean} over %n score, eerste {first}, laatste {last}</numerusform>
                <numerusform>na de sessies: gemiddeld {mean} over %n scores, eerste {first}, laatste {last}</numerusform>
            </translation>
        </message>
        <message>
            <source>No ratings in this period</source>
            <translation>Geen scores in deze periode</translation>
        </message>
        <message>
            <source>no ratings in this period</source>
            <translation>geen scores in deze periode</translation>
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
            <translation>pijn is {now} van 10 (de ingestelde grens is {limit})</translation>
        </message>
        <message>
            <source>pain rose from {before} to {now} (the limit set is a rise of {rise})</source>
            <translation>pijn steeg van {before} naar {now} (de ingestelde grens is een stijging van {rise})</translation>
        </message>
        <message>
            <source>pain {now} of 10 is above the limit {limit}</source>
            <translation>pijn {now} van 10 ligt boven de grens {limit}</translation>
        </message>
        <message>
            <source>(no detail)</source>
            <translation>(geen details)</translation>
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
            <translation>kanten wijzigen</translation>
        </message>
    </context>
</TS>
