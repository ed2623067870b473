<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>A11y</name>
        <message>
            <source>Left arrow</source>
            <translation>左方向键</translation>
        </message>
        <message>
            <source>Right arrow</source>
            <translation>右方向键</translation>
        </message>
        <message>
            <source>Up arrow</source>
            <translation>上方向键</translation>
        </message>
        <message>
            <source>Down arrow</source>
            <translation>下方向键</translation>
        </message>
        <message>
            <source>Escape</source>
            <translation>Esc 键</translation>
        </message>
        <message>
            <source>Shortcut: {keys}</source>
            <translation>快捷键：{keys}</translation>
        </message>
    </context>
    <context>
        <name>AnchorRow</name>
        <message>
            <source>{rating}: {words}</source>
            <comment>a rating and its words</comment>
            <translation>{rating}：{words}</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Sessions will not be saved. {problem}</source>
            <translation>训练记录将不会保存。{problem}</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Pain before and after</source>
            <translation>训练前后的疼痛</translation>
        </message>
        <message>
            <source>No pain ratings in these dates</source>
            <translation>这段时间没有疼痛评分</translation>
        </message>
        <message>
            <source>{title} (weekly average)</source>
            <translation>{title}（每周平均）</translation>
        </message>
        <message>
            <source>Before the session</source>
            <translation>训练前</translation>
        </message>
        <message>
            <source>After the session</source>
            <translation>训练后</translation>
        </message>
        <message>
            <source>Pain (0–10)</source>
            <translation>疼痛（0–10）</translation>
        </message>
        <message>
            <source>Exercises completed</source>
            <translation>已完成的练习</translation>
        </message>
        <message>
            <source>No exercises in these dates</source>
            <translation>这段时间没有练习</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
    </context>
    <context>
        <name>Checkin</name>
        <message>
            <source>no pain</source>
            <translation>无痛</translation>
        </message>
        <message>
            <source>mild</source>
            <translation>轻度</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>中度</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>重度</translation>
        </message>
        <message>
            <source>worst imaginable</source>
            <translation>最剧烈</translation>
        </message>
        <message>
            <source>lower back</source>
            <translation>下背部</translation>
        </message>
        <message>
            <source>left buttock</source>
            <translation>左臀</translation>
        </message>
        <message>
            <source>right buttock</source>
            <translation>右臀</translation>
        </message>
        <message>
            <source>back of the left thigh</source>
            <translation>左大腿后侧</translation>
        </message>
        <message>
            <source>back of the right thigh</source>
            <translation>右大腿后侧</translation>
        </message>
        <message>
            <source>outside of the left thigh</source>
            <translation>左大腿外侧</translation>
        </message>
        <message>
            <source>outside of the right thigh</source>
            <translation>右大腿外侧</translation>
        </message>
        <message>
            <source>back of the left calf</source>
            <translation>左小腿后侧</translation>
        </message>
        <message>
            <source>back of the right calf</source>
            <translation>右小腿后侧</translation>
        </message>
        <message>
            <source>outside of the left calf</source>
            <translation>左小腿外侧</translation>
        </message>
        <message>
            <source>outside of the right calf</source>
            <translation>右小腿外侧</translation>
        </message>
        <message>
            <source>left hip</source>
            <translation>左髋</translation>
        </message>
        <message>
            <source>right hip</source>
            <translation>右髋</translation>
        </message>
        <message>
            <source>front of the left thigh</source>
            <translation>左大腿前侧</translation>
        </message>
        <message>
            <source>front of the right thigh</source>
            <translation>右大腿前侧</translation>
        </message>
        <message>
            <source>left knee</source>
            <translation>左膝</translation>
        </message>
        <message>
            <source>right knee</source>
            <translation>右膝</translation>
        </message>
        <message>
            <source>left shin</source>
            <translation>左胫</translation>
        </message>
        <message>
            <source>right shin</source>
            <translation>右胫</translation>
        </message>
        <message>
            <source>left foot</source>
            <translation>左脚</translation>
        </message>
        <message>
            <source>right foot</source>
            <translation>右脚</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>January</source>
            <translation>1月</translation>
        </message>
        <message>
            <source>February</source>
            <translation>2月</translation>
        </message>
        <message>
            <source>March</source>
            <translation>3月</translation>
        </message>
        <message>
            <source>April</source>
            <translation>4月</translation>
        </message>
        <message>
            <source>May</source>
            <translation>5月</translation>
        </message>
        <message>
            <source>June</source>
            <translation>6月</translation>
        </message>
        <message>
            <source>July</source>
            <translation>7月</translation>
        </message>
        <message>
            <source>August</source>
            <translation>8月</translation>
        </message>
        <message>
            <source>September</source>
            <translation>9月</translation>
        </message>
        <message>
            <source>October</source>
            <translation>10月</translation>
        </message>
        <message>
            <source>November</source>
            <translation>11月</translation>
        </message>
        <message>
            <source>December</source>
            <translation>12月</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>1月</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>2月</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>3月</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>4月</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>6月</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>7月</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>8月</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>9月</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>10月</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>11月</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>12月</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>周日</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <comment>a long date</comment>
            <translation>{year}年{month}{day}日</translation>
        </message>
        <message>
            <source>{weekday} {day} {month} {year}</source>
            <comment>a short date</comment>
            <translation>{year}年{month}{day}日 {weekday}</translation>
        </message>
        <message>
            <source>{day} {month}</source>
            <comment>a day of a month, short</comment>
            <translation>{month}{day}日</translation>
        </message>
        <message>
            <source>{month} {year}</source>
            <comment>a short month and year</comment>
            <translation>{year}年{month}</translation>
        </message>
        <message>
            <source>{month} {year}</source>
            <comment>a month and year</comment>
            <translation>{year}年{month}</translation>
        </message>
        <message>
            <source>.</source>
            <comment>decimal separator</comment>
            <translation>.</translation>
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
            <translation>跟随系统(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>浅色(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>深色(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>高对比度(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Colours</source>
            <translation>颜色(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Text size</source>
            <translation>文字大小(&amp;T)</translation>
        </message>
    </context>
    <context>
        <name>Draft</name>
        <message>
            <source>Exercise</source>
            <translation>练习</translation>
        </message>
        <message>
            <source>add exercise</source>
            <translation>添加练习</translation>
        </message>
        <message>
            <source>remove exercise</source>
            <translation>删除练习</translation>
        </message>
        <message>
            <source>move exercise</source>
            <translation>移动练习</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>add phase</source>
            <translation>添加阶段</translation>
        </message>
        <message>
            <source>remove phase</source>
            <translation>删除阶段</translation>
        </message>
        <message>
            <source>move phase</source>
            <translation>移动阶段</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>add step</source>
            <translation>添加步骤</translation>
        </message>
        <message>
            <source>remove step</source>
            <translation>删除步骤</translation>
        </message>
        <message>
            <source>move step</source>
            <translation>移动步骤</translation>
        </message>
        <message>
            <source>Caution</source>
            <translation>注意事项</translation>
        </message>
        <message>
            <source>add caution</source>
            <translation>添加注意事项</translation>
        </message>
        <message>
            <source>remove caution</source>
            <translation>删除注意事项</translation>
        </message>
        <message>
            <source>move caution</source>
            <translation>移动注意事项</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>add item</source>
            <translation>添加项目</translation>
        </message>
        <message>
            <source>remove item</source>
            <translation>删除项目</translation>
        </message>
        <message>
            <source>move item</source>
            <translation>移动项目</translation>
        </message>
        <message>
            <source>the file is not a routine</source>
            <translation>这个文件不是练习方案</translation>
        </message>
        <message>
            <source>remove “{field}”</source>
            <translation>删除“{field}”</translation>
        </message>
        <message>
            <source>change “{field}”</source>
            <translation>更改“{field}”</translation>
        </message>
        <message>
            <source>duplicate exercise</source>
            <translation>复制练习</translation>
        </message>
        <message>
            <source>Undo {change}</source>
            <translation>撤销：{change}</translation>
        </message>
        <message>
            <source>Redo {change}</source>
            <translation>重做：{change}</translation>
        </message>
        <message>
            <source>{file} is not an SVG, PNG or JPEG picture</source>
            <translation>{file} 不是 SVG、PNG 或 JPEG 图片</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>line {line}: {message}</source>
            <comment>a problem in a figure file</comment>
            <translation>第 {line} 行：{message}</translation>
        </message>
    </context>
    <context>
        <name>EditorWindow</name>
        <message>
            <source>This is a routine that comes with Homestretch. Saving keeps it as it is and saves your changes as your own copy, with its own name.</source>
            <translation>这是 Homestretch 自带的方案。保存时原方案保持不变，您的更改会另存为您自己的副本，并使用新名称。</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s) (the length shows once the problems below are fixed)</source>
            <translation>
                <numerusform>%n 个练习（修改下面的问题后会显示时长）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n 个练习</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s), {exercises}</source>
            <translation>
                <numerusform>%n 分钟，{exercises}</numerusform>
            </translation>
        </message>
        <message>
            <source>Routine settings</source>
            <translation>方案设置</translation>
        </message>
        <message>
            <source>The routine's name, description, times and stop rule</source>
            <translation>方案的名称、说明、时间和停止规则</translation>
        </message>
        <message>
            <source>Exercises (drag, or Alt+Up/Down, to reorder)</source>
            <translation>练习（拖动或按 Alt+上/下 调整顺序）</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>练习</translation>
        </message>
        <message>
            <source>Drag an exercise, or press Alt+Up or Alt+Down, to move it</source>
            <translation>拖动练习，或按 Alt+上 或 Alt+下 来移动它</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Add an exercise</source>
            <translation>添加练习</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Remove the selected exercise</source>
            <translation>移除所选练习</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+上</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Alt+Down</source>
            <translation>Alt+下</translation>
        </message>
        <message>
            <source>Preview the session…</source>
            <translation>预览训练…</translation>
        </message>
        <message>
            <source>▶ Try it ({TRY_SPEED:g}× faster, silent, not logged)</source>
            <translation>▶ 试一试（{TRY_SPEED:g} 倍速，静音，不记录）</translation>
        </message>
        <message>
            <source>Save  (Ctrl+S)</source>
            <translation>保存  (Ctrl+S)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>&amp;Routine</source>
            <translation>方案(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Preview the session…</source>
            <translation>预览训练(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Try it</source>
            <translation>试一试(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>练习</translation>
        </message>
        <message>
            <source>Blank exercise</source>
            <translation>空白练习</translation>
        </message>
        <message>
            <source>{number}. {name}</source>
            <translation>{number}. {name}</translation>
        </message>
        <message>
            <source>no name yet</source>
            <translation>尚未命名</translation>
        </message>
        <message>
            <source>This exercise has something to fix</source>
            <translation>这个练习有需要修改的地方</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>新方案</translation>
        </message>
        <message>
            <source>{mark}Edit “{name}” – Homestretch</source>
            <translation>{mark}编辑“{name}” – Homestretch</translation>
        </message>
        <message>
            <source>Warning: {text}</source>
            <translation>警告：{text}</translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) to fix before saving (marked ⚠ in the list, and next to each field).</source>
            <translation>
                <numerusform>保存前有 %n 处需要修改（在列表中和各栏位旁以 ⚠ 标出）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Exercise {number} ({name}): </source>
            <translation>练习 {number}（{name}）：</translation>
        </message>
        <message>
            <source>no name</source>
            <translation>无名称</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>尚未保存</translation>
        </message>
        <message>
            <source>The routine has problems to fix first (each is shown next to its field):</source>
            <translation>方案中有问题需要先修改（显示在各自的栏位旁）：</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>The routine has problems to fix first:</source>
            <translation>方案中有问题需要先修改：</translation>
        </message>
        <message>
            <source>The routine could not be saved: {value}. Nothing was lost: it is still open here.</source>
            <translation>方案无法保存：{value}。没有丢失任何内容：它仍在这里打开着。</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <source>Save the changes to this routine before closing?</source>
            <translation>关闭前保存对这个方案的更改吗？</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Discard the changes</source>
            <translation>放弃更改</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>EventKind</name>
        <message>
            <source>pain during the session</source>
            <translation>训练中疼痛</translation>
        </message>
        <message>
            <source>stop rule</source>
            <translation>停止规则</translation>
        </message>
        <message>
            <source>ended the session as advised</source>
            <translation>已按建议结束训练</translation>
        </message>
        <message>
            <source>carried on after the advice to stop</source>
            <translation>建议停止后仍继续训练</translation>
        </message>
    </context>
    <context>
        <name>ExerciseForm</name>
        <message>
            <source>How the exercise is timed</source>
            <translation>练习的计时方式</translation>
        </message>
        <message>
            <source>Exercise {value}: {value2}</source>
            <translation>练习 {value}：{value2}</translation>
        </message>
        <message>
            <source>no name yet</source>
            <translation>尚未命名</translation>
        </message>
        <message>
            <source>use one timed stretch</source>
            <translation>改用一次定时拉伸</translation>
        </message>
        <message>
            <source>use reps of phases</source>
            <translation>改用分阶段的重复</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Allowed: from {low} to {high}.</source>
            <translation>允许范围：{low} 到 {high}。</translation>
        </message>
        <message>
            <source>Allowed: more than {low} and up to {high} seconds.</source>
            <translation>允许范围：大于 {low} 秒，最多 {high} 秒。</translation>
        </message>
        <message>
            <source>Allowed: from {low} to {high} seconds.</source>
            <translation>允许范围：{low} 到 {high} 秒。</translation>
        </message>
        <message numerus="yes">
            <source>Allowed: up to %n character(s).</source>
            <translation>
                <numerusform>允许：最多 %n 个字符。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At least one; each up to %n character(s).</source>
            <translation>
                <numerusform>至少一项；每项最多 %n 个字符。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each up to %n character(s).</source>
            <translation>
                <numerusform>每项最多 %n 个字符。</numerusform>
            </translation>
        </message>
        <message>
            <source>Allowed: from {low} to {high} phases.</source>
            <translation>允许：{low} 到 {high} 个阶段。</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
    </context>
    <context>
        <name>Figure</name>
        <message>
            <source>Seen from the front</source>
            <translation>正面视图</translation>
        </message>
        <message>
            <source>Close-up: palms circle the kneecap</source>
            <translation>特写：手掌绕膝盖骨画圈</translation>
        </message>
        <message>
            <source>Close-up: hands slide to the ankle</source>
            <translation>特写：双手滑向脚踝</translation>
        </message>
        <message>
            <source>From the head end: head on crossed arms</source>
            <translation>从头部方向看：头枕在交叉的双臂上</translation>
        </message>
    </context>
    <context>
        <name>FigureProblems</name>
        <message>
            <source>invalid figure</source>
            <translation>无效的示意图</translation>
        </message>
        <message>
            <source>'{key}' needs 'schema: 2' (this figure says schema: {schema})</source>
            <translation>'{key}' 需要 'schema: 2'（这个示意图写的是 schema: {schema}）</translation>
        </message>
        <message>
            <source>this figure uses format {schema}; update Homestretch</source>
            <translation>这个示意图使用格式 {schema}；请更新 Homestretch</translation>
        </message>
        <message>
            <source>a figure needs a 'description': what it shows, in a sentence or two</source>
            <translation>示意图需要 'description'：用一两句话说明它展示的内容</translation>
        </message>
        <message>
            <source>phase '{phase}' is listed twice</source>
            <translation>阶段 '{phase}' 列出了两次</translation>
        </message>
        <message>
            <source>hand motion needs a pose named 'hands'</source>
            <translation>手部动作需要一个名为 'hands' 的姿势</translation>
        </message>
        <message>
            <source>a list of poses needs 'schema: 2' (this figure says schema: {schema})</source>
            <translation>姿势列表需要 'schema: 2'（这个示意图写的是 schema: {schema}）</translation>
        </message>
        <message>
            <source>phase '{phase}' must list 1 to {max} poses</source>
            <translation>阶段 '{phase}' 必须列出 1 到 {max} 个姿势</translation>
        </message>
        <message>
            <source>'phases' must map phase names to pose names</source>
            <translation>'phases' 必须把阶段名称对应到姿势名称</translation>
        </message>
        <message>
            <source>'poses' must map pose names to poses</source>
            <translation>'poses' 必须把姿势名称对应到姿势</translation>
        </message>
        <message>
            <source>duplicate pose '{pose}'</source>
            <translation>姿势 '{pose}' 重复</translation>
        </message>
        <message>
            <source>'poses' needs a pose named 'start'</source>
            <translation>'poses' 需要一个名为 'start' 的姿势</translation>
        </message>
        <message>
            <source>'hip' must be [x, y] in body heights</source>
            <translation>'hip' 必须是以身高为单位的 [x, y]</translation>
        </message>
        <message>
            <source>this knee would bend the wrong way or too far ({degrees} degrees; a knee bends 0 to 165 degrees, the shin turning clockwise from the thigh)</source>
            <translation>这个膝盖会反向弯曲或弯曲过度（{degrees} 度；膝盖可弯曲 0 到 165 度，小腿从大腿起顺时针转动）</translation>
        </message>
        <message>
            <source>this elbow would bend the wrong way or too far ({degrees} degrees; an elbow bends 0 to 165 degrees, the forearm turning anticlockwise)</source>
            <translation>这个肘部会反向弯曲或弯曲过度（{degrees} 度；肘部可弯曲 0 到 165 度，前臂逆时针转动）</translation>
        </message>
        <message>
            <source>'reach' must be one of: {targets}</source>
            <translation>'reach' 必须是以下之一：{targets}</translation>
        </message>
        <message>
            <source>no pose named '{pose}' in 'poses'</source>
            <translation>'poses' 中没有名为 '{pose}' 的姿势</translation>
        </message>
    </context>
    <context>
        <name>FileProblems</name>
        <message>
            <source>does not exist</source>
            <translation>不存在</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>是文件夹，不是文件</translation>
        </message>
        <message>
            <source>is not a regular file (it is a named pipe)</source>
            <translation>不是普通文件（而是命名管道）</translation>
        </message>
        <message>
            <source>is not a regular file (it is a device)</source>
            <translation>不是普通文件（而是设备）</translation>
        </message>
        <message>
            <source>is not a regular file (it is a socket)</source>
            <translation>不是普通文件（而是套接字）</translation>
        </message>
        <message>
            <source>is not a regular file (it is not a plain file)</source>
            <translation>不是普通文件</translation>
        </message>
        <message>
            <source>is larger than {size}</source>
            <translation>大于 {size}</translation>
        </message>
        <message>
            <source>cannot be read ({reason})</source>
            <translation>无法读取（{reason}）</translation>
        </message>
        <message>
            <source>{file} does not exist</source>
            <translation>{file} 不存在</translation>
        </message>
        <message>
            <source>{file} is a folder, not a file</source>
            <translation>{file} 是文件夹，不是文件</translation>
        </message>
        <message>
            <source>{file} is not a regular file (it is a named pipe)</source>
            <translation>{file} 不是普通文件（而是命名管道）</translation>
        </message>
        <message>
            <source>{file} is not a regular file (it is a device)</source>
            <translation>{file} 不是普通文件（而是设备）</translation>
        </message>
        <message>
            <source>{file} is not a regular file (it is a socket)</source>
            <translation>{file} 不是普通文件（而是套接字）</translation>
        </message>
        <message>
            <source>{file} is not a regular file (it is not a plain file)</source>
            <translation>{file} 不是普通文件</translation>
        </message>
        <message>
            <source>{file} is larger than {size}</source>
            <translation>{file} 大于 {size}</translation>
        </message>
        <message>
            <source>{file} cannot be read ({reason})</source>
            <translation>无法读取 {file}（{reason}）</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <source>Sitting</source>
            <translation>坐姿</translation>
        </message>
        <message>
            <source>Standing</source>
            <translation>站姿</translation>
        </message>
        <message>
            <source>Lying face down</source>
            <translation>俯卧</translation>
        </message>
        <message>
            <source>Lying on the back</source>
            <translation>仰卧</translation>
        </message>
        <message>
            <source>Lying on one side</source>
            <translation>侧卧</translation>
        </message>
        <message>
            <source>Not a one-leg exercise</source>
            <translation>不是单腿练习</translation>
        </message>
        <message>
            <source>Both legs at once</source>
            <translation>双腿同时</translation>
        </message>
        <message>
            <source>One leg, then the other, rep by rep</source>
            <translation>两腿逐次交替</translation>
        </message>
        <message>
            <source>All reps on one leg, then the other</source>
            <translation>一条腿做完全部次数，再换另一条</translation>
        </message>
        <message>
            <source>Right leg first</source>
            <translation>先右腿</translation>
        </message>
        <message>
            <source>Left leg first</source>
            <translation>先左腿</translation>
        </message>
        <message>
            <source>Timed stretch: seconds</source>
            <translation>定时拉伸：秒数</translation>
        </message>
        <message>
            <source>Timed stretch: name</source>
            <translation>定时拉伸：名称</translation>
        </message>
        <message>
            <source>Timed stretch: spoken cue</source>
            <translation>定时拉伸：语音提示</translation>
        </message>
        <message>
            <source>the routine's</source>
            <translation>按方案设置</translation>
        </message>
        <message>
            <source>off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Repetitions in timed phases</source>
            <translation>分为定时阶段的重复</translation>
        </message>
        <message>
            <source>One timed stretch on each side</source>
            <translation>每侧一次定时拉伸</translation>
        </message>
        <message>
            <source>The routine</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>Stop rule</source>
            <translation>停止规则</translation>
        </message>
        <message>
            <source>Legs</source>
            <translation>腿</translation>
        </message>
        <message>
            <source>Timing</source>
            <translation>计时</translation>
        </message>
    </context>
    <context>
        <name>HandedOver</name>
        <message>
            <source>{names} will be added to your routines after this session.</source>
            <translation>本次训练结束后，{names} 将添加到您的方案中。</translation>
        </message>
    </context>
    <context>
        <name>HandoutJobs</name>
        <message>
            <source>Save the handout as PDF</source>
            <translation>将讲义保存为 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Print the handout</source>
            <translation>打印讲义</translation>
        </message>
        <message>
            <source>No routine chosen</source>
            <translation>未选择方案</translation>
        </message>
        <message>
            <source>Choose a routine in the list first: the handout is made from it.</source>
            <translation>请先在列表中选择一个方案：讲义根据它生成。</translation>
        </message>
        <message>
            <source>Making the handout: {name}…</source>
            <translation>正在生成讲义：{name}…</translation>
        </message>
        <message>
            <source>Printing the handout…</source>
            <translation>正在打印讲义…</translation>
        </message>
        <message>
            <source>The handout could not be saved as {target}: {reason}.</source>
            <translation>讲义无法保存为 {target}：{reason}。</translation>
        </message>
        <message>
            <source>The handout could not be saved: {problem}.</source>
            <translation>讲义无法保存：{problem}。</translation>
        </message>
        <message>
            <source>The handout could not be printed: {problem}.</source>
            <translation>讲义无法打印：{problem}。</translation>
        </message>
        <message>
            <source>Handout saved: {path}</source>
            <translation>讲义已保存：{path}</translation>
        </message>
        <message>
            <source>The handout was sent to the printer.</source>
            <translation>讲义已发送到打印机。</translation>
        </message>
        <message>
            <source>Handout</source>
            <translation>讲义</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Space</source>
            <translation>空格键</translation>
        </message>
        <message>
            <source>start, pause, resume</source>
            <translation>开始、暂停、继续</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>回车键</translation>
        </message>
        <message>
            <source>on an exercise in the list: do only that one (double-click does too)</source>
            <translation>在列表中的某个练习上：只做这一个（双击也可以）</translation>
        </message>
        <message>
            <source>→ / ←</source>
            <translation>→ / ←</translation>
        </message>
        <message>
            <source>next exercise / back to the start of this one (or the one before)</source>
            <translation>下一个练习 / 回到本练习（或上一个）的开头</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>stop (asks first; what you did is saved)</source>
            <translation>停止（会先询问；已做的会保存）</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>mute or unmute the voice and the sounds</source>
            <translation>关闭或打开语音和提示音</translation>
        </message>
        <message>
            <source>F11</source>
            <translation>F11</translation>
        </message>
        <message>
            <source>full screen</source>
            <translation>全屏</translation>
        </message>
        <message>
            <source>0–9</source>
            <translation>0–9</translation>
        </message>
        <message>
            <source>your pain right now, 0 to 10 (1 then 0 is 10)</source>
            <translation>您此刻的疼痛，0 到 10（先按 1 再按 0 为 10）</translation>
        </message>
        <message>
            <source>Ctrl+H</source>
            <translation>Ctrl+H</translation>
        </message>
        <message>
            <source>your history (Esc goes back)</source>
            <translation>您的记录（Esc 返回）</translation>
        </message>
        <message>
            <source>Space or Enter</source>
            <translation>空格键或回车键</translation>
        </message>
        <message>
            <source>after advice to stop: end the session, as advised</source>
            <translation>建议停止后：按建议结束训练</translation>
        </message>
        <message>
            <source>C</source>
            <translation>C</translation>
        </message>
        <message>
            <source>after advice to stop: carry on anyway (noted in your history)</source>
            <translation>建议停止后：仍然继续（会记入您的记录）</translation>
        </message>
        <message>
            <source>Esc, Enter or Space</source>
            <translation>Esc、回车键或空格键</translation>
        </message>
        <message>
            <source>after a session: back to the routines, ready for the next one</source>
            <translation>训练结束后：回到方案列表，准备下一次</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>Ctrl+回车键</translation>
        </message>
        <message>
            <source>after a session: save the note you are writing</source>
            <translation>训练结束后：保存正在写的备注</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>move to the next button or box</source>
            <translation>移到下一个按钮或输入框</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>this list of keys</source>
            <translation>这份按键列表</translation>
        </message>
        <message>
            <source>Keyboard keys</source>
            <translation>键盘按键</translation>
        </message>
        <message>
            <source>Everything works from the keyboard:</source>
            <translation>所有操作都可以用键盘完成：</translation>
        </message>
        <message>
            <source>The routine file format</source>
            <translation>方案文件格式</translation>
        </message>
        <message>
            <source>Open the guide</source>
            <translation>打开指南</translation>
        </message>
        <message>
            <source>A routine is a text file (YAML) that says which exercises to do, in what order, and how many reps, sets, holds and rests. The guide for physiotherapists who write one is here:</source>
            <translation>方案是一个文本文件（YAML），规定做哪些练习、按什么顺序，以及重复次数、组数、保持时间和休息时间。供编写方案的物理治疗师使用的指南在这里：</translation>
        </message>
        <message>
            <source>This copy of Homestretch was installed without the guide. It is also at docs/routine-format.md in Homestretch's source code.</source>
            <translation>此 Homestretch 安装中没有包含指南。它也位于 Homestretch 源代码中的 docs/routine-format.md。</translation>
        </message>
        <message>
            <source>To check a file: homestretch validate FILE</source>
            <translation>检查文件：homestretch validate 文件</translation>
        </message>
        <message>
            <source>Your data folder</source>
            <translation>您的数据文件夹</translation>
        </message>
        <message>
            <source>Open the folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <source>Your session log and your own routines are kept on this computer, in this folder:</source>
            <translation>您的训练记录和自己的方案保存在这台电脑上的这个文件夹中：</translation>
        </message>
        <message>
            <source>It is made when the first session is saved.</source>
            <translation>保存第一次训练时会创建它。</translation>
        </message>
        <message>
            <source>Routines put in its “{name}” folder are offered on the routines page. To keep your history safe, copy the whole folder.</source>
            <translation>放在其中“{name}”文件夹里的方案会显示在方案页面上。要保护您的记录，请复制整个文件夹。</translation>
        </message>
        <message>
            <source>About {APP_NAME}</source>
            <translation>关于 {APP_NAME}</translation>
        </message>
        <message>
            <source>Guided home exercises for low back pain that spreads down one leg (sciatica): a large timer, which leg to move, spoken steps, and a private log of every session on your own computer.</source>
            <translation>针对放射到一条腿的下背痛（坐骨神经痛）的居家练习指导：大号计时器、提示该动哪条腿、语音讲解步骤，并在您自己的电脑上私密记录每次训练。</translation>
        </message>
        <message>
            <source>Licence: {LICENCE} (the GNU General Public License, version 3 or any later version). You may use, study, share and change it under its terms.</source>
            <translation>许可证：{LICENCE}（GNU 通用公共许可证第 3 版或任何更高版本）。您可以按其条款使用、研究、分享和修改本软件。</translation>
        </message>
        <message>
            <source>Homestretch does not replace medical advice. Do only the exercises your physiotherapist has given you, and stop if the pain down your leg gets worse.</source>
            <translation>Homestretch 不能代替医疗建议。只做物理治疗师给您的练习；如果腿部疼痛加重，请停止。</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Help text</source>
            <translation>帮助内容</translation>
        </message>
        <message>
            <source>Where it is</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>It is not there: {path} does not exist.</source>
            <translation>找不到：{path} 不存在。</translation>
        </message>
        <message>
            <source>No program on this computer would open it. You can copy the path above into your file manager.</source>
            <translation>这台电脑上没有程序能打开它。您可以把上面的路径复制到文件管理器中。</translation>
        </message>
        <message>
            <source>Opened.</source>
            <translation>已打开。</translation>
        </message>
    </context>
    <context>
        <name>HistoryProblems</name>
        <message>
            <source>{file}: cannot upgrade the session log: a copy of it ({copy}) is made first and could not be: {reason}. The log was left as it was.</source>
            <translation>{file}：无法升级训练记录：升级前要先复制一份（{copy}），但复制失败：{reason}。训练记录保持原样。</translation>
        </message>
        <message>
            <source>{file}: the session log is damaged ({reason}) and cannot be read. It was left untouched. To get help, send a copy of it (with the file {name}-wal beside it, if there is one). To start a new log and keep the old one, close Homestretch and move the file (and its -wal file) to another folder or rename it, for example to {stem}-damaged{suffix}; Homestretch starts a new log the next time it opens.</source>
            <translation>{file}：训练记录已损坏（{reason}），无法读取。文件未被改动。如需帮助，请发送它的副本（如果旁边有 {name}-wal 文件，也一并发送）。要开始新的记录并保留旧的，请关闭 Homestretch，把该文件（及其 -wal 文件）移到其他文件夹，或重命名，例如改为 {stem}-damaged{suffix}；Homestretch 下次启动时会开始新的记录。</translation>
        </message>
        <message>
            <source>{file}: this file is not a Homestretch session log (or it is damaged); it was left untouched. Move it away to start a new log.</source>
            <translation>{file}：此文件不是 Homestretch 训练记录（或已损坏）；文件未被改动。请把它移走，以开始新的记录。</translation>
        </message>
        <message>
            <source>{file}: cannot open the session log: {reason}</source>
            <translation>{file}：无法打开训练记录：{reason}</translation>
        </message>
        <message>
            <source>{file}: cannot use the session log: {reason}</source>
            <translation>{file}：无法使用训练记录：{reason}</translation>
        </message>
        <message>
            <source>{file}: cannot read the session log: {reason}</source>
            <translation>{file}：无法读取训练记录：{reason}</translation>
        </message>
        <message>
            <source>{file}: not written: {areas} is not an area of the body map</source>
            <translation>{file}：未写入：{areas} 不是身体图上的部位</translation>
        </message>
        <message>
            <source>{file}: not written: {areas} are not areas of the body map</source>
            <translation>{file}：未写入：{areas} 不是身体图上的部位</translation>
        </message>
        <message>
            <source>{file}: there is no session log</source>
            <translation>{file}：没有训练记录</translation>
        </message>
        <message>
            <source>{file}: cannot write the session log: {reason}</source>
            <translation>{file}：无法写入训练记录：{reason}</translation>
        </message>
        <message>
            <source>{file}: this session log was written by a newer Homestretch (log version {version}, this version reads up to {known}); update Homestretch to open it. The file was left untouched.</source>
            <translation>{file}：此训练记录由较新版本的 Homestretch 写入（记录版本 {version}，此版本最高只能读取 {known}）；请更新 Homestretch 后再打开。文件未被改动。</translation>
        </message>
        <message>
            <source>{file}: cannot upgrade the session log: {reason}</source>
            <translation>{file}：无法升级训练记录：{reason}</translation>
        </message>
        <message>
            <source>{file}: cannot upgrade the session log to version {version}: {reason}</source>
            <translation>{file}：无法将训练记录升级到版本 {version}：{reason}</translation>
        </message>
        <message>
            <source>the disk cannot be written to</source>
            <translation>无法写入磁盘</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <source>the session log is damaged</source>
            <translation>训练记录已损坏</translation>
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation>文件夹为只读</translation>
        </message>
        <message>
            <source>the session log file is read-only</source>
            <translation>训练记录文件为只读</translation>
        </message>
        <message>
            <source>the session log cannot be written</source>
            <translation>无法写入训练记录</translation>
        </message>
        <message>
            <source>another program is busy writing to the session log</source>
            <translation>另一个程序正在写入训练记录</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>All routines</source>
            <translation>所有方案</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>未评分</translation>
        </message>
        <message>
            <source>{rating} ({anchor})</source>
            <translation>{rating}（{anchor}）</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy, HH:mm</source>
            <comment>date and time format</comment>
            <translation>yyyy年M月d日 ddd HH:mm</translation>
        </message>
        <message numerus="yes">
            <source>{name}: completed in {completed} of %n session(s) ({percent}), skipped in {skipped}</source>
            <translation>
                <numerusform>{name}：在 %n 次训练中完成 {completed} 次（{percent}），跳过 {skipped} 次</numerusform>
            </translation>
        </message>
        <message>
            <source>A practice run at {speed}× speed: its times are not real time, and it is left out of the calendar, the streaks and the adherence.</source>
            <translation>以 {speed} 倍速进行的练习：其时间不是真实时间，不计入日历、连续天数和依从性。</translation>
        </message>
        <message>
            <source>No sessions yet</source>
            <translation>还没有训练记录</translation>
        </message>
        <message>
            <source>Sessions you do appear here, with your pain ratings and notes,
so you and your physiotherapist can see how it is going.</source>
            <translation>您做过的训练会显示在这里，包括疼痛评分和备注，
方便您和物理治疗师了解进展。</translation>
        </message>
        <message>
            <source>←  Routines</source>
            <translation>←  方案</translation>
        </message>
        <message>
            <source>Back to the routines (Esc)</source>
            <translation>返回方案列表（Esc）</translation>
        </message>
        <message>
            <source>History</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>{time} {event}: {detail}</source>
            <comment>a logged event</comment>
            <translation>{time} {event}：{detail}</translation>
        </message>
        <message>
            <source>{time} {event}</source>
            <comment>a logged event</comment>
            <translation>{time} {event}</translation>
        </message>
        <message numerus="yes">
            <source>Pain before and after, the last %n day(s)</source>
            <translation>
                <numerusform>训练前后的疼痛，最近 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>Pain before and after, {since} to {until}</source>
            <translation>训练前后的疼痛，{since} 至 {until}</translation>
        </message>
        <message numerus="yes">
            <source>Exercises completed, the last %n day(s)</source>
            <translation>
                <numerusform>已完成的练习，最近 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>Exercises completed, {since} to {until}</source>
            <translation>已完成的练习，{since} 至 {until}</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the items of a list</comment>
            <translation>；</translation>
        </message>
        <message>
            <source>{name}: {percent}</source>
            <comment>an exercise and its share</comment>
            <translation>{name}：{percent}</translation>
        </message>
        <message>
            <source>Share of its sessions in which each exercise was completed: {shares}.</source>
            <translation>各项练习在其训练中完成的比例：{shares}。</translation>
        </message>
        <message>
            <source>Save report (PDF)…</source>
            <translation>保存报告（PDF）…</translation>
        </message>
        <message>
            <source>A PDF of these dates for your physiotherapist: adherence, calendar, pain, notes</source>
            <translation>给物理治疗师的这段时间的 PDF：依从性、日历、疼痛、备注</translation>
        </message>
        <message>
            <source>Writing… %p%</source>
            <translation>正在写入… %p%</translation>
        </message>
        <message>
            <source>Writing the report; the page says when it is saved</source>
            <translation>正在写报告；保存后页面会提示</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>导出 CSV</translation>
        </message>
        <message>
            <source>The sessions shown, or their exercise results, for a spreadsheet</source>
            <translation>将显示的训练或其练习结果导出到电子表格</translation>
        </message>
        <message>
            <source>Sessions (one row each)…</source>
            <translation>训练（每次一行）…</translation>
        </message>
        <message>
            <source>Exercise results (one row each)…</source>
            <translation>练习结果（每项一行）…</translation>
        </message>
        <message>
            <source>Delete session…</source>
            <translation>删除训练…</translation>
        </message>
        <message>
            <source>Delete the selected session (Delete key)</source>
            <translation>删除所选训练（Del 键）</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>to</source>
            <translation>到</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>最近 30 天</translation>
        </message>
        <message>
            <source>Since…</source>
            <translation>自…</translation>
        </message>
        <message>
            <source>All dates</source>
            <translation>全部日期</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>date field format</comment>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Close the notice</source>
            <translation>关闭提示</translation>
        </message>
        <message>
            <source>Sessions, newest first</source>
            <translation>训练记录，最新的在前</translation>
        </message>
        <message>
            <source>Edit the note…</source>
            <translation>编辑备注…</translation>
        </message>
        <message>
            <source>No sessions in these dates</source>
            <translation>这段时间没有训练</translation>
        </message>
        <message>
            <source>●  exercised that day    ◯  today</source>
            <translation>●  当天练习过    ◯  今天</translation>
        </message>
        <message>
            <source>Pain before and after sessions</source>
            <translation>训练前后的疼痛</translation>
        </message>
        <message>
            <source>Exercises completed</source>
            <translation>已完成的练习</translation>
        </message>
        <message>
            <source>Your history cannot be read</source>
            <translation>无法读取您的记录</translation>
        </message>
        <message numerus="yes">
            <source>Current streak: %n day(s)</source>
            <translation>
                <numerusform>当前连续：%n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>Up to yesterday: no session yet today.</source>
            <translation>截至昨天：今天还没有训练。</translation>
        </message>
        <message numerus="yes">
            <source>Longest streak in these dates: %n day(s)</source>
            <translation>
                <numerusform>这段时间最长连续：%n 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This week so far: {done} of %n session(s) ({percent})</source>
            <translation>
                <numerusform>本周至今：%n 次中的 {done} 次（{percent}）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In these dates: {percent} of the prescribed sessions ({done} of {prescribed} over %n week(s))</source>
            <translation>
                <numerusform>这段时间：完成规定训练的 {percent}（%n 周内 {prescribed} 次中的 {done} 次）</numerusform>
            </translation>
        </message>
        <message>
            <source>Prescribed: {per_week} a week ({routine_name}). Each week counts at most its prescribed sessions.</source>
            <translation>规定：每周 {per_week} 次（{routine_name}）。每周最多计入规定的次数。</translation>
        </message>
        <message>
            <source>The note was not saved: {exc}</source>
            <translation>备注未保存：{exc}</translation>
        </message>
        <message>
            <source>Delete this session?</source>
            <translation>删除这次训练吗？</translation>
        </message>
        <message>
            <source>Delete the session of {describe_session} ({routine_name})?</source>
            <translation>删除 {describe_session} 的训练（{routine_name}）吗？</translation>
        </message>
        <message>
            <source>You can undo this straight after.</source>
            <translation>删除后可以立即撤销。</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>删除训练</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>Deleted the session of {describe_session}.</source>
            <translation>已删除 {describe_session} 的训练。</translation>
        </message>
        <message>
            <source>No report was saved: {exc}.</source>
            <translation>未保存报告：{exc}。</translation>
        </message>
        <message>
            <source>Save the report for your physiotherapist</source>
            <translation>保存给物理治疗师的报告</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved the report: {path}</source>
            <translation>已保存报告：{path}</translation>
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
            <translation>语言</translation>
        </message>
        <message>
            <source>&amp;Language of Homestretch's window:</source>
            <translation>Homestretch 窗口的语言(&amp;L)：</translation>
        </message>
        <message>
            <source>The system's language ({language})</source>
            <translation>系统语言（{language}）</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save and &amp;restart now</source>
            <translation>保存并立即重新启动(&amp;R)</translation>
        </message>
        <message>
            <source>The routine's own words (names, steps) stay in the language it is written in.</source>
            <translation>方案本身的文字（名称、步骤）保持其编写时的语言。</translation>
        </message>
        <message>
            <source>Homestretch shows the new language when you start it again. The routine's own words (names, steps) stay in the language it is written in.</source>
            <translation>下次启动 Homestretch 时将显示新语言。方案本身的文字（名称、步骤）保持其编写时的语言。</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>English</source>
            <translation>英语</translation>
        </message>
        <message>
            <source>German (Deutsch)</source>
            <translation>德语</translation>
        </message>
        <message>
            <source>Dutch (Nederlands)</source>
            <translation>荷兰语</translation>
        </message>
        <message>
            <source>Simplified Chinese (简体中文)</source>
            <translation>简体中文</translation>
        </message>
    </context>
    <context>
        <name>LibraryProblems</name>
        <message>
            <source>{file} is a bundled routine and cannot be deleted</source>
            <translation>{file} 是自带的方案，无法删除</translation>
        </message>
        <message>
            <source>{file} is not in your routines folder ({folder})</source>
            <translation>{file} 不在您的方案文件夹（{folder}）中</translation>
        </message>
    </context>
    <context>
        <name>ListButtons</name>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Move up (Alt+Up)</source>
            <translation>上移（Alt+上）</translation>
        </message>
        <message>
            <source>Move down (Alt+Down)</source>
            <translation>下移（Alt+下）</translation>
        </message>
    </context>
    <context>
        <name>ListWords</name>
        <message>
            <source>Add step</source>
            <translation>添加步骤</translation>
        </message>
        <message>
            <source>Remove the selected step</source>
            <translation>删除所选步骤</translation>
        </message>
        <message>
            <source>Move the selected step up</source>
            <translation>上移所选步骤</translation>
        </message>
        <message>
            <source>Move the selected step down</source>
            <translation>下移所选步骤</translation>
        </message>
        <message>
            <source>New step</source>
            <translation>新步骤</translation>
        </message>
        <message>
            <source>Add caution</source>
            <translation>添加注意事项</translation>
        </message>
        <message>
            <source>Remove the selected caution</source>
            <translation>删除所选注意事项</translation>
        </message>
        <message>
            <source>Move the selected caution up</source>
            <translation>上移所选注意事项</translation>
        </message>
        <message>
            <source>Move the selected caution down</source>
            <translation>下移所选注意事项</translation>
        </message>
        <message>
            <source>New caution</source>
            <translation>新注意事项</translation>
        </message>
        <message>
            <source>Add phase</source>
            <translation>添加阶段</translation>
        </message>
        <message>
            <source>Remove the selected phase</source>
            <translation>删除所选阶段</translation>
        </message>
        <message>
            <source>Move the selected phase up</source>
            <translation>上移所选阶段</translation>
        </message>
        <message>
            <source>Move the selected phase down</source>
            <translation>下移所选阶段</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Menu bar</source>
            <translation>菜单栏</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Open routine file…</source>
            <translation>打开方案文件(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Export routine…</source>
            <translation>导出方案(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Print handout…</source>
            <translation>打印讲义(&amp;P)…</translation>
        </message>
        <message>
            <source>Save &amp;handout as PDF…</source>
            <translation>将讲义保存为 PDF(&amp;H)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Pain {digit}</source>
            <translation>疼痛 {digit}</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>训练(&amp;S)</translation>
        </message>
        <message>
            <source>Start / &amp;pause</source>
            <translation>开始 / 暂停(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Previous exercise</source>
            <translation>上一个练习(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Next exercise</source>
            <translation>下一个练习(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Stop…</source>
            <translation>停止(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Continue anyway (after advice to stop)</source>
            <translation>仍然继续（建议停止后）(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;End the session (after advice to stop)</source>
            <translation>结束训练（建议停止后）(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Mute</source>
            <translation>静音(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Back to routines</source>
            <translation>返回方案列表(&amp;B)</translation>
        </message>
        <message>
            <source>Go on</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>查看(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>记录(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Full screen</source>
            <translation>全屏(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Reduce motion (still pictures)</source>
            <translation>减少动画（静态图片）(&amp;R)</translation>
        </message>
        <message>
            <source>S&amp;ettings</source>
            <translation>设置(&amp;E)</translation>
        </message>
        <message>
            <source>Spoken &amp;instructions</source>
            <translation>语音指导(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Full instructions</source>
            <translation>完整指导(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Counts and sides only</source>
            <translation>只报数和左右(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Off</source>
            <translation>关闭(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Sounds</source>
            <translation>提示音(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Countdown ticks in the last 3 seconds</source>
            <translation>最后 3 秒的倒数滴答声(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Side switch</source>
            <translation>换边(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;End of session</source>
            <translation>训练结束(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Voice, speed and volume…</source>
            <translation>语音、语速和音量(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Language…</source>
            <translation>语言(&amp;L)…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Keyboard keys…</source>
            <translation>键盘按键(&amp;K)…</translation>
        </message>
        <message>
            <source>The &amp;routine file format…</source>
            <translation>方案文件格式(&amp;R)…</translation>
        </message>
        <message>
            <source>Your &amp;data folder…</source>
            <translation>您的数据文件夹(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;About Homestretch…</source>
            <translation>关于 Homestretch(&amp;A)…</translation>
        </message>
        <message>
            <source>This routine cannot be duplicated</source>
            <translation>无法复制这个方案</translation>
        </message>
        <message>
            <source>The copy could not be saved</source>
            <translation>无法保存副本</translation>
        </message>
        <message>
            <source>This routine is open in the editor</source>
            <translation>这个方案正在编辑器中打开</translation>
        </message>
        <message>
            <source>Close the editor first, then delete the routine.</source>
            <translation>请先关闭编辑器，再删除方案。</translation>
        </message>
        <message>
            <source>This routine could not be deleted</source>
            <translation>无法删除这个方案</translation>
        </message>
        <message>
            <source>The routine could not be put back</source>
            <translation>无法恢复方案</translation>
        </message>
        <message>
            <source>Open a routine file</source>
            <translation>打开方案文件</translation>
        </message>
        <message>
            <source>Routines (*.yaml *.yml *.homestretch)</source>
            <translation>方案 (*.yaml *.yml *.homestretch)</translation>
        </message>
        <message>
            <source>“{name}” is already among your routines</source>
            <translation>“{name}”已在您的方案中</translation>
        </message>
        <message>
            <source>You added a routine from a file named “{name}” before. Replace it with this one, or keep both?</source>
            <translation>您以前添加过一个来自名为“{name}”的文件的方案。用这个替换它，还是两个都保留？</translation>
        </message>
        <message>
            <source>The one you have is in {taken}. Keep both adds this one with a number after its name, as “{kept}”.</source>
            <translation>已有的方案在 {taken}。“都保留”会在名称后加编号添加这个方案，即“{kept}”。</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>替换</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>都保留</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>“{name}” could not be added</source>
            <translation>无法添加“{name}”</translation>
        </message>
        <message>
            <source>It could not be copied into {user_routines_dir}: {value}</source>
            <translation>无法复制到 {user_routines_dir}：{value}</translation>
        </message>
        <message>
            <source>“{name}” cannot be used</source>
            <translation>无法使用“{name}”</translation>
        </message>
        <message numerus="yes">
            <source>This routine file has %n problem(s):</source>
            <translation>
                <numerusform>这个方案文件有 %n 个问题：</numerusform>
            </translation>
        </message>
        <message>
            <source>“{name}” cannot be started</source>
            <translation>无法开始“{name}”</translation>
        </message>
        <message>
            <source>Its session cannot be made: {reason}</source>
            <translation>无法生成训练：{reason}</translation>
        </message>
        <message>
            <source>Trying it: {speed}× faster, silent</source>
            <translation>试一试：{speed} 倍速，静音</translation>
        </message>
        <message>
            <source>{trying}, not logged</source>
            <translation>{trying}，不记录</translation>
        </message>
        <message>
            <source>{trying}; the patient hears “{words}”</source>
            <translation>{trying}；患者会听到“{words}”</translation>
        </message>
        <message>
            <source>Stop this session?</source>
            <translation>停止这次训练吗？</translation>
        </message>
        <message>
            <source>Stop this session? What you have done so far is saved.</source>
            <translation>停止这次训练吗？已完成的部分会保存。</translation>
        </message>
        <message>
            <source>Stop the session</source>
            <translation>停止训练</translation>
        </message>
        <message>
            <source>Keep going</source>
            <translation>继续训练</translation>
        </message>
        <message>
            <source>A try-out from the editor: not logged.</source>
            <translation>来自编辑器的试用：不记录。</translation>
        </message>
        <message>
            <source>Not saved: the session log is unavailable.</source>
            <translation>未保存：训练记录不可用。</translation>
        </message>
        <message>
            <source>Not all of it could be saved yet: {reason}.</source>
            <translation>尚未能全部保存：{reason}。</translation>
        </message>
        <message>
            <source>Saved in your history.</source>
            <translation>已保存到您的记录中。</translation>
        </message>
        <message>
            <source>This session cannot be saved: {reason}{where}. Carry on: Homestretch keeps trying, and saves it as soon as it can.</source>
            <translation>这次训练无法保存：{reason}{where}。请继续：Homestretch 会不断尝试，一有可能就保存。</translation>
        </message>
        <message>
            <source>Settings cannot be saved in {config_dir}: {strerror}</source>
            <translation>无法在 {config_dir} 中保存设置：{strerror}</translation>
        </message>
        <message>
            <source>This routine cannot be edited</source>
            <translation>无法编辑这个方案</translation>
        </message>
    </context>
    <context>
        <name>MonthGrid</name>
        <message>
            <source>Mo</source>
            <comment>Monday</comment>
            <translation>一</translation>
        </message>
        <message>
            <source>Tu</source>
            <comment>Tuesday</comment>
            <translation>二</translation>
        </message>
        <message>
            <source>We</source>
            <comment>Wednesday</comment>
            <translation>三</translation>
        </message>
        <message>
            <source>Th</source>
            <comment>Thursday</comment>
            <translation>四</translation>
        </message>
        <message>
            <source>Fr</source>
            <comment>Friday</comment>
            <translation>五</translation>
        </message>
        <message>
            <source>Sa</source>
            <comment>Saturday</comment>
            <translation>六</translation>
        </message>
        <message>
            <source>Su</source>
            <comment>Sunday</comment>
            <translation>日</translation>
        </message>
        <message numerus="yes">
            <source>{month}: exercised on %n day(s)</source>
            <translation>
                <numerusform>{month}：练习了 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the day numbers of a list</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>Days with a session: {days}</source>
            <translation>有训练的日子：{days} 日</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <comment>month heading format</comment>
            <translation>yyyy年M月</translation>
        </message>
        <message numerus="yes">
            <source>{day}: %n session(s)</source>
            <translation>
                <numerusform>{day}：%n 次训练</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PackageProblems</name>
        <message>
            <source>{file} is damaged or incomplete (it is not a whole .homestretch file)</source>
            <translation>{file} 已损坏或不完整（不是完整的 .homestretch 文件）</translation>
        </message>
        <message>
            <source>{file} and its pictures add up to {size}; a shared routine may hold at most {limit}</source>
            <translation>{file} 及其图片共 {size}；共享的方案最多只能包含 {limit}</translation>
        </message>
        <message>
            <source>{file} holds '{name}', a link to another file; a shared routine holds only files</source>
            <translation>{file} 包含“{name}”，它是指向另一个文件的链接；共享的方案只能包含文件</translation>
        </message>
        <message>
            <source>{file} holds two files named '{name}'; the file is refused as unsafe</source>
            <translation>{file} 包含两个名为“{name}”的文件；该文件不安全，已拒绝</translation>
        </message>
        <message>
            <source>{file} holds '{name}' encrypted; Homestretch cannot open it</source>
            <translation>{file} 中的“{name}”已加密；Homestretch 无法打开</translation>
        </message>
        <message>
            <source>{file} holds '{name}' packed in a way Homestretch does not read (method {method}); only stored and deflated files are read</source>
            <translation>{file} 中的“{name}”采用 Homestretch 无法读取的压缩方式（方法 {method}）；只能读取未压缩或 deflate 压缩的文件</translation>
        </message>
        <message>
            <source>{file} holds '{name}' of {size}; at most {limit} is allowed</source>
            <translation>{file} 中的“{name}”大小为 {size}；最多允许 {limit}</translation>
        </message>
        <message>
            <source>{file} holds '{name}', which would unpack to {ratio} times its packed size; no routine or picture shrinks that much, so the file is refused as unsafe</source>
            <translation>{file} 中的“{name}”解压后将是压缩大小的 {ratio} 倍；方案和图片都不可能压缩到这种程度，因此该文件不安全，已拒绝</translation>
        </message>
        <message>
            <source>{file} would unpack to more than {limit}, more than a shared routine may hold</source>
            <translation>{file} 解压后将超过 {limit}，超出共享方案允许的大小</translation>
        </message>
        <message>
            <source>{file} holds '{name}' both as a file and as a folder</source>
            <translation>{file} 中的“{name}”既是文件又是文件夹</translation>
        </message>
        <message>
            <source>{file} holds more files or data than a routine can have (it is a zip64 archive)</source>
            <translation>{file} 包含的文件或数据超出方案所能有的范围（这是 zip64 压缩包）</translation>
        </message>
        <message numerus="yes">
            <source>{file} holds %n file(s); a shared routine holds at most {limit}</source>
            <translation>
                <numerusform>{file} 包含 %n 个文件；共享的方案最多包含 {limit} 个</numerusform>
            </translation>
        </message>
        <message>
            <source>{file} holds '{name}', which is not a plain file or folder</source>
            <translation>{file} 中的“{name}”既不是普通文件，也不是文件夹</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', which has no name; the file is refused as unsafe</source>
            <translation>{file} 包含名为“{name}”的文件，它没有名称；该文件不安全，已拒绝</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', an absolute path, which would land outside the routine's folder; the file is refused as unsafe</source>
            <translation>{file} 包含名为“{name}”的文件，这是绝对路径，会落到方案文件夹之外；该文件不安全，已拒绝</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', which holds invisible or control characters; the file is refused as unsafe</source>
            <translation>{file} 包含名为“{name}”的文件，其中有不可见字符或控制字符；该文件不安全，已拒绝</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', which starts with a drive letter, so it would land outside the folder; the file is refused as unsafe</source>
            <translation>{file} 包含名为“{name}”的文件，它以盘符开头，会落到文件夹之外；该文件不安全，已拒绝</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', which holds a backslash (a Windows path, which could lead outside); the file is refused as unsafe</source>
            <translation>{file} 包含名为“{name}”的文件，其中有反斜杠（Windows 路径，可能指向外部）；该文件不安全，已拒绝</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', which holds '{char}', a character not every system allows in a file name; the file is refused as unsafe</source>
            <translation>{file} 包含名为“{name}”的文件，其中有“{char}”，并非所有系统都允许文件名中使用该字符；该文件不安全，已拒绝</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', a path that leads outside the routine's folder; the file is refused as unsafe</source>
            <translation>{file} 包含名为“{name}”的文件，该路径指向方案文件夹之外；该文件不安全，已拒绝</translation>
        </message>
        <message>
            <source>{file} holds a file named '{name}', which is not a name a file can have everywhere; the file is refused as unsafe</source>
            <translation>{file} 包含名为“{name}”的文件，并非所有系统都允许这样的文件名；该文件不安全，已拒绝</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', which has no name; rename that file (and the reference to it)</source>
            <translation>无法共享 {file}：它引用的文件“{name}”没有名称；请重命名该文件（并修改对它的引用）</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', an absolute path, which would land outside the routine's folder; rename that file (and the reference to it)</source>
            <translation>无法共享 {file}：它引用的文件“{name}”是绝对路径，会落到方案文件夹之外；请重命名该文件（并修改对它的引用）</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', which holds invisible or control characters; rename that file (and the reference to it)</source>
            <translation>无法共享 {file}：它引用的文件“{name}”中有不可见字符或控制字符；请重命名该文件（并修改对它的引用）</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', which starts with a drive letter, so it would land outside the folder; rename that file (and the reference to it)</source>
            <translation>无法共享 {file}：它引用的文件“{name}”以盘符开头，会落到文件夹之外；请重命名该文件（并修改对它的引用）</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', which holds a backslash (a Windows path, which could lead outside); rename that file (and the reference to it)</source>
            <translation>无法共享 {file}：它引用的文件“{name}”中有反斜杠（Windows 路径，可能指向外部）；请重命名该文件（并修改对它的引用）</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', which holds '{char}', a character not every system allows in a file name; rename that file (and the reference to it)</source>
            <translation>无法共享 {file}：它引用的文件“{name}”中有“{char}”，并非所有系统都允许文件名中使用该字符；请重命名该文件（并修改对它的引用）</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', a path that leads outside the routine's folder; rename that file (and the reference to it)</source>
            <translation>无法共享 {file}：它引用的文件“{name}”的路径指向方案文件夹之外；请重命名该文件（并修改对它的引用）</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', which is not a name a file can have everywhere; rename that file (and the reference to it)</source>
            <translation>无法共享 {file}：它引用的文件“{name}”并非所有系统都允许的文件名；请重命名该文件（并修改对它的引用）</translation>
        </message>
        <message>
            <source>{file} cannot be shared: it names a file '{name}', which starts with a dot; rename that file (and the reference to it)</source>
            <translation>无法共享 {file}：它引用的文件“{name}”以点开头；请重命名该文件（并修改对它的引用）</translation>
        </message>
        <message>
            <source>{file} holds '{name}', which is neither a routine nor a picture; a shared routine holds only {kinds} files, so the file is refused</source>
            <translation>{file} 中的“{name}”既不是方案也不是图片；共享的方案只能包含 {kinds} 文件，因此该文件已拒绝</translation>
        </message>
        <message>
            <source>{file} is damaged: '{name}' in it cannot be unpacked whole</source>
            <translation>{file} 已损坏：其中的“{name}”无法完整解压</translation>
        </message>
        <message>
            <source>{file} is damaged: '{name}' is not the size the archive says</source>
            <translation>{file} 已损坏：“{name}”的大小与压缩包所记录的不符</translation>
        </message>
        <message>
            <source>{file} is not a Homestretch routine file (it has no {manifest})</source>
            <translation>{file} 不是 Homestretch 方案文件（没有 {manifest}）</translation>
        </message>
        <message>
            <source>{file} holds '{name}', which its manifest does not list</source>
            <translation>{file} 包含“{name}”，但其清单中没有列出</translation>
        </message>
        <message>
            <source>{file} is damaged or incomplete (it is not a whole .homestretch file): '{name}' is missing from it</source>
            <translation>{file} 已损坏或不完整（不是完整的 .homestretch 文件）：其中缺少“{name}”</translation>
        </message>
        <message>
            <source>{file} is damaged: '{name}' is not what its manifest says</source>
            <translation>{file} 已损坏：“{name}”与其清单所记录的不符</translation>
        </message>
        <message>
            <source>{file} is damaged: its {manifest} is not one Homestretch can read</source>
            <translation>{file} 已损坏：Homestretch 无法读取其中的 {manifest}</translation>
        </message>
        <message>
            <source>{file} is not a Homestretch routine file (its manifest says otherwise)</source>
            <translation>{file} 不是 Homestretch 方案文件（其清单另有说明）</translation>
        </message>
        <message>
            <source>{file} was made by a newer version of Homestretch ({made_by}), in file format {format}; this version ({version}) reads format {known} and older. Update Homestretch to open it</source>
            <translation>{file} 由较新版本的 Homestretch（{made_by}）以文件格式 {format} 创建；此版本（{version}）只能读取格式 {known} 及更早的格式。请更新 Homestretch 后再打开</translation>
        </message>
        <message>
            <source>{file} was made by a newer version of Homestretch, in file format {format}; this version ({version}) reads format {known} and older. Update Homestretch to open it</source>
            <translation>{file} 由较新版本的 Homestretch 以文件格式 {format} 创建；此版本（{version}）只能读取格式 {known} 及更早的格式。请更新 Homestretch 后再打开</translation>
        </message>
        <message>
            <source>{file} is damaged: its routine '{name}' is not a routine file's name</source>
            <translation>{file} 已损坏：其中的方案“{name}”不是方案文件名</translation>
        </message>
        <message>
            <source>{file} is damaged or incomplete (it is not a whole .homestretch file): its routine '{name}' is missing from it</source>
            <translation>{file} 已损坏或不完整（不是完整的 .homestretch 文件）：其中缺少方案“{name}”</translation>
        </message>
    </context>
    <context>
        <name>PainMap</name>
        <message>
            <source>Body map: where does it hurt</source>
            <translation>身体图：哪里疼</translation>
        </message>
        <message>
            <source>Arrow keys go from area to area; Space marks or clears one.</source>
            <translation>用方向键在各区域之间移动；按空格键标记或取消标记。</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>背面</translation>
        </message>
        <message>
            <source>Front</source>
            <translation>正面</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>左</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>右</translation>
        </message>
    </context>
    <context>
        <name>PainMapDialog</name>
        <message>
            <source>Point at an area to see its name.</source>
            <translation>指向一个区域即可看到其名称。</translation>
        </message>
        <message>
            <source>Where does it hurt?</source>
            <translation>哪里疼？</translation>
        </message>
        <message>
            <source>Click the areas that hurt; click again to clear one. (Or: arrow keys, then Space.)</source>
            <translation>点击疼痛的区域；再次点击可取消。（或：方向键，然后按空格键。）</translation>
        </message>
        <message>
            <source>{area}: marked</source>
            <translation>{area}：已标记</translation>
        </message>
        <message>
            <source>{area}: not marked</source>
            <translation>{area}：未标记</translation>
        </message>
    </context>
    <context>
        <name>PainScale</name>
        <message>
            <source>0 is {none}, 10 is {worst}</source>
            <translation>0 表示{none}，10 表示{worst}</translation>
        </message>
        <message>
            <source>Pain {rating} of 10: {words}</source>
            <translation>疼痛 {rating}/10：{words}</translation>
        </message>
        <message>
            <source>Pain {rating} of 10</source>
            <translation>疼痛 {rating}/10</translation>
        </message>
        <message>
            <source>Press a number key (1 then 0 for 10), or leave it out.</source>
            <translation>按数字键（先按 1 再按 0 为 10），也可以不填。</translation>
        </message>
        <message>
            <source>Where it hurts: {words}.</source>
            <translation>疼痛部位：{words}。</translation>
        </message>
    </context>
    <context>
        <name>PictureField</name>
        <message>
            <source>No picture</source>
            <translation>无图片</translation>
        </message>
        <message>
            <source>Choose a picture file…</source>
            <translation>选择图片文件…</translation>
        </message>
        <message>
            <source>Figure: {figure_words}</source>
            <translation>图示：{figure_words}</translation>
        </message>
        <message>
            <source>Your picture: {name}</source>
            <translation>您的图片：{name}</translation>
        </message>
        <message>
            <source>Choose a picture for this exercise</source>
            <translation>为这个练习选择图片</translation>
        </message>
        <message>
            <source>Pictures ({suffixes})</source>
            <translation>图片 ({suffixes})</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Preview of “{name}”</source>
            <translation>“{name}”的预览</translation>
        </message>
        <message>
            <source>The session, segment by segment</source>
            <translation>训练内容，逐段列出</translation>
        </message>
    </context>
    <context>
        <name>ReminderSettingsDialog</name>
        <message>
            <source>&amp;Mon</source>
            <translation>周一(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Tue</source>
            <translation>周二(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Wed</source>
            <translation>周三(&amp;W)</translation>
        </message>
        <message>
            <source>T&amp;hu</source>
            <translation>周四(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Fri</source>
            <translation>周五(&amp;F)</translation>
        </message>
        <message>
            <source>S&amp;at</source>
            <translation>周六(&amp;A)</translation>
        </message>
        <message>
            <source>S&amp;un</source>
            <translation>周日(&amp;U)</translation>
        </message>
        <message>
            <source>Write at least one time, such as 10:00.</source>
            <translation>请至少填写一个时间，例如 10:00。</translation>
        </message>
        <message numerus="yes">
            <source>At most %n time(s) a day.</source>
            <translation>
                <numerusform>每天最多 %n 个时间。</numerusform>
            </translation>
        </message>
        <message>
            <source>“{word}” is not a time of day (write it as 10:00 or 18:30).</source>
            <translation>“{word}”不是有效的时间（请写成 10:00 或 18:30 这样的格式）。</translation>
        </message>
        <message>
            <source>A time is written twice.</source>
            <translation>有一个时间写了两次。</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>提醒</translation>
        </message>
        <message>
            <source>&amp;Remind me to do my exercises</source>
            <translation>提醒我做练习(&amp;R)</translation>
        </message>
        <message>
            <source>R&amp;outine</source>
            <translation>方案(&amp;O)</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>T&amp;imes of day (24-hour, separated by commas)</source>
            <translation>时间（24 小时制，用逗号分隔）(&amp;I)</translation>
        </message>
        <message>
            <source>Times of day</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Use the &amp;suggested days and times</source>
            <translation>使用建议的日期和时间(&amp;S)</translation>
        </message>
        <message>
            <source>S&amp;nooze for (minutes)</source>
            <translation>稍后提醒（分钟）(&amp;N)</translation>
        </message>
        <message>
            <source>Snooze for (minutes)</source>
            <translation>稍后提醒（分钟）</translation>
        </message>
        <message>
            <source>Start Homestretch in the tray when I &amp;log in</source>
            <translation>登录时在托盘中启动 Homestretch(&amp;L)</translation>
        </message>
        <message>
            <source>For {sessions_per_week} sessions a week: {describe_days} at {describe_times}.</source>
            <translation>每周 {sessions_per_week} 次训练：{describe_days} {describe_times}。</translation>
        </message>
        <message>
            <source>Choose at least one day.</source>
            <translation>请至少选择一天。</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Time for your exercises</source>
            <translation>该做练习了</translation>
        </message>
        <message>
            <source>Homestretch keeps running in the tray to remind you. To end it, choose Quit in its tray menu.</source>
            <translation>Homestretch 会在托盘中继续运行以提醒您。要退出，请在托盘菜单中选择“退出”。</translation>
        </message>
        <message>
            <source>No reminder planned</source>
            <translation>没有计划的提醒</translation>
        </message>
        <message>
            <source>&amp;Open Homestretch</source>
            <translation>打开 Homestretch(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Start session</source>
            <translation>开始训练(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Reminders…</source>
            <translation>提醒(&amp;R)…</translation>
        </message>
        <message>
            <source>Homestretch cannot be set to start at login ({value}): {value2}</source>
            <translation>无法将 Homestretch 设为登录时启动（{value}）：{value2}</translation>
        </message>
        <message>
            <source>No system tray was found: reminders come only while the Homestretch window is open, and closing it ends Homestretch.</source>
            <translation>未找到系统托盘：只有在 Homestretch 窗口打开时才会提醒，关闭窗口会退出 Homestretch。</translation>
        </message>
        <message>
            <source>While reminders are on, closing the window keeps Homestretch in the tray.</source>
            <translation>提醒开启时，关闭窗口后 Homestretch 会留在托盘中。</translation>
        </message>
        <message>
            <source>No notification service was found: a reminder shows as a message from the tray icon.</source>
            <translation>未找到通知服务：提醒将以托盘图标消息的形式显示。</translation>
        </message>
        <message>
            <source>No notification service was found: a reminder shows in the window.</source>
            <translation>未找到通知服务：提醒将显示在窗口中。</translation>
        </message>
        <message>
            <source>Reminders come as desktop notifications with a button to start.</source>
            <translation>提醒以桌面通知的形式出现，带有开始按钮。</translation>
        </message>
        <message>
            <source>{how} {where}</source>
            <comment>how reminders come, then where</comment>
            <translation>{how}{where}</translation>
        </message>
        <message>
            <source>your routine</source>
            <translation>您的方案</translation>
        </message>
        <message>
            <source>{routine}: your {time} reminder.</source>
            <translation>{routine}：您 {time} 的提醒。</translation>
        </message>
        <message>
            <source>Snooze {minutes} min</source>
            <translation>{minutes} 分钟后提醒</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>现在开始</translation>
        </message>
        <message>
            <source>{text} Click here to start.</source>
            <translation>{text}点击这里开始。</translation>
        </message>
        <message>
            <source>{SUMMARY}. {text} Press Space to start.</source>
            <translation>{SUMMARY}。{text}按空格键开始。</translation>
        </message>
        <message>
            <source>Next reminder: today at {time}</source>
            <translation>下次提醒：今天 {time}</translation>
        </message>
        <message>
            <source>Next reminder: tomorrow at {time}</source>
            <translation>下次提醒：明天 {time}</translation>
        </message>
        <message>
            <source>Next reminder: {day} at {time}</source>
            <translation>下次提醒：{day} {time}</translation>
        </message>
        <message>
            <source>every day</source>
            <translation>每天</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the days in a list</comment>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Pain before and after</source>
            <translation>训练前后的疼痛</translation>
        </message>
        <message>
            <source>Pain before and after (weekly average)</source>
            <translation>训练前后的疼痛（每周平均）</translation>
        </message>
        <message>
            <source>Share of sessions in which each exercise was completed</source>
            <translation>各项练习完成的训练占比</translation>
        </message>
        <message numerus="yes">
            <source>{since} to {until} (%n day(s))</source>
            <translation>
                <numerusform>{since}至{until}（%n 天）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>Period: {period}, from the first session on {first}</source>
            <translation>时间段：{period}，自 {first} 首次训练起</translation>
        </message>
        <message>
            <source>Period: {period}</source>
            <translation>时间段：{period}</translation>
        </message>
        <message>
            <source>{app} exercise report</source>
            <translation>{app} 锻炼报告</translation>
        </message>
        <message numerus="yes">
            <source>{routine} (%n session(s), {per_week} a week prescribed)</source>
            <translation>
                <numerusform>{routine}（%n 次训练，规定每周 {per_week} 次）</numerusform>
            </translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the items of a list</comment>
            <translation>；</translation>
        </message>
        <message>
            <source>Routine: {routines}</source>
            <translation>方案：{routines}</translation>
        </message>
        <message>
            <source>Routines: {routines}</source>
            <translation>方案：{routines}</translation>
        </message>
        <message>
            <source>Prepared on {day} by {app} {version} from the session log kept on the patient's computer. Days are the patient's local calendar days.</source>
            <translation>由 {app} {version} 于 {day} 根据患者电脑上保存的训练记录生成。日期为患者当地的日历日。</translation>
        </message>
        <message>
            <source>Adherence</source>
            <translation>依从性</translation>
        </message>
        <message>
            <source>No sessions were logged in this period.</source>
            <translation>此期间没有记录任何训练。</translation>
        </message>
        <message numerus="yes">
            <source>{adherence}: {done} of {prescribed} prescribed sessions ({per_week} a week over %n week(s), a partial week its share; each week counts up to its prescription)</source>
            <translation>
                <numerusform>{adherence}：规定的 {prescribed} 次训练中完成 {done} 次（每周 {per_week} 次，共 %n 周，不完整的周按比例计算；每周最多计到规定次数）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{adherence}: {done} of {prescribed} prescribed sessions ({per_week} a week over %n week(s); each week counts up to its prescription)</source>
            <translation>
                <numerusform>{adherence}：规定的 {prescribed} 次训练中完成 {done} 次（每周 {per_week} 次，共 %n 周；每周最多计到规定次数）</numerusform>
            </translation>
        </message>
        <message>
            <source>Overall adherence</source>
            <translation>总体依从性</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>训练</translation>
        </message>
        <message numerus="yes">
            <source>{logged} logged: {completed} completed, {skipping} finished with exercises skipped, {stopped} stopped early, {interrupted} interrupted; {counted} with at least one exercise completed (these count, at most %n session(s) a day)</source>
            <translation>
                <numerusform>记录 {logged} 次：完成 {completed} 次，跳过部分练习后结束 {skipping} 次，提前停止 {stopped} 次，中断 {interrupted} 次；至少完成一项练习的有 {counted} 次（这些计入，每天最多 %n 次）</numerusform>
            </translation>
        </message>
        <message>
            <source>Days exercised</source>
            <translation>锻炼天数</translation>
        </message>
        <message>
            <source>{exercised} of {days}; longest run {longest}; current run {current} (on {day})</source>
            <translation>{days} 天中有 {exercised} 天；最长连续 {longest}；当前连续 {current}（截至 {day}）</translation>
        </message>
        <message>
            <source>Pain (0-10)</source>
            <translation>疼痛（0-10）</translation>
        </message>
        <message>
            <source>Stop-rule warnings</source>
            <translation>停止规则警告</translation>
        </message>
        <message>
            <source>{count} (listed below)</source>
            <translation>{count}（见下文）</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} 至 {last}</translation>
        </message>
        <message>
            <source>{first} to {last} *</source>
            <comment>a partial week</comment>
            <translation>{first} 至 {last} *</translation>
        </message>
        <message>
            <source>Week by week</source>
            <translation>每周情况</translation>
        </message>
        <message>
            <source>Week (Monday to Sunday)</source>
            <translation>周（周一至周日）</translation>
        </message>
        <message>
            <source>Sessions that count</source>
            <translation>计入的训练</translation>
        </message>
        <message>
            <source>Prescribed</source>
            <translation>规定次数</translation>
        </message>
        <message>
            <source>* Part of the week lies outside the period: it is prescribed its share of the week's sessions, rounded.</source>
            <translation>* 该周有部分日子在此期间之外：按比例计算其规定训练次数，四舍五入。</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>日历</translation>
        </message>
        <message>
            <source>A green day had at least one session that counts (at least one exercise completed); the small figure is how many. Days in grey are outside the period.</source>
            <translation>绿色的日子至少有一次计入的训练（至少完成一项练习）；小数字表示次数。灰色的日子在此期间之外。</translation>
        </message>
        <message>
            <source>Before the session</source>
            <translation>训练前</translation>
        </message>
        <message>
            <source>After the session</source>
            <translation>训练后</translation>
        </message>
        <message>
            <source>Pain (0–10)</source>
            <translation>疼痛（0–10）</translation>
        </message>
        <message>
            <source>Pain trend</source>
            <translation>疼痛趋势</translation>
        </message>
        <message>
            <source>Pain on a scale of 0 (none) to 10 (worst imaginable), rated by the patient before and after sessions. {summary}.</source>
            <translation>疼痛分为 0（无）到 10（可想象的最剧烈），由患者在训练前后评分。{summary}。</translation>
        </message>
        <message>
            <source>No pain ratings were recorded in this period.</source>
            <translation>此期间没有记录疼痛评分。</translation>
        </message>
        <message>
            <source>Exercises completed</source>
            <translation>完成的练习</translation>
        </message>
        <message>
            <source>No exercises were recorded in this period.</source>
            <translation>此期间没有记录任何练习。</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>练习</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>跳过</translation>
        </message>
        <message>
            <source>Stopped part way</source>
            <translation>中途停止</translation>
        </message>
        <message>
            <source>Completed share</source>
            <translation>完成比例</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <comment>a day and a time of day</comment>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>The routine's stop rule did not fire in this period.</source>
            <translation>此期间方案的停止规则未被触发。</translation>
        </message>
        <message>
            <source>The routine's stop rule fired: the patient was told to stop and contact you.</source>
            <translation>方案的停止规则已触发：已提示患者停止训练并与您联系。</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>发生了什么</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the body areas of a list</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>Where it hurt before: {before}; after: {after}.</source>
            <translation>训练前疼痛部位：{before}；训练后：{after}。</translation>
        </message>
        <message>
            <source>Where it hurt before: {before}.</source>
            <translation>训练前疼痛部位：{before}。</translation>
        </message>
        <message>
            <source>Where it hurt after: {after}.</source>
            <translation>训练后疼痛部位：{after}。</translation>
        </message>
        <message>
            <source>Stopped part way through {exercise}: {done} of {planned}.</source>
            <translation>{exercise} 中途停止：完成 {done}，计划 {planned}。</translation>
        </message>
        <message>
            <source>Sessions and notes</source>
            <translation>训练与备注</translation>
        </message>
        <message>
            <source>Day, time</source>
            <translation>日期、时间</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>结束方式</translation>
        </message>
        <message>
            <source>Exercises done</source>
            <translation>完成练习</translation>
        </message>
        <message>
            <source>Pain before</source>
            <translation>训练前疼痛</translation>
        </message>
        <message>
            <source>Pain after</source>
            <translation>训练后疼痛</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>{weekday} {day}, {time}</source>
            <comment>a day of the month and a time</comment>
            <translation>{day}日 {weekday} {time}</translation>
        </message>
        <message>
            <source>{done} of {planned}</source>
            <comment>exercises done of those planned</comment>
            <translation>{done}/{planned}</translation>
        </message>
        <message>
            <source>{app} exercise report, {period}</source>
            <translation>{app} 锻炼报告，{period}</translation>
        </message>
        <message>
            <source>{app} report, {since} to {until}</source>
            <translation>{app} 报告，{since} 至 {until}</translation>
        </message>
        <message>
            <source>Home exercise sessions, adherence and pain, for the physiotherapist</source>
            <translation>居家锻炼、依从性与疼痛，供物理治疗师参考</translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <translation>第 {page} 页，共 {pages} 页</translation>
        </message>
        <message>
            <source>{title} (continued)</source>
            <comment>a month's rows going on</comment>
            <translation>{title}（续）</translation>
        </message>
    </context>
    <context>
        <name>ReportProblems</name>
        <message>
            <source>the period starts on {since}, which is in the future (today is {today}); choose a start up to today</source>
            <translation>时间段从 {since} 开始，这是将来的日期（今天是 {today}）；请选择今天或之前的开始日期</translation>
        </message>
        <message>
            <source>the period ends ({until}) before it starts ({since})</source>
            <translation>时间段的结束日期（{until}）早于开始日期（{since}）</translation>
        </message>
        <message>
            <source>no sessions are logged yet, so there is nothing to report</source>
            <translation>还没有记录任何训练，因此没有可报告的内容</translation>
        </message>
        <message>
            <source>no sessions were logged from {since} to {end}: the first session was on {start}</source>
            <translation>{since} 至 {end} 之间没有记录训练：第一次训练是在 {start}</translation>
        </message>
        <message>
            <source>no font for the PDF was found: install DejaVu Sans (on Debian and Ubuntu the package fonts-dejavu-core) or put DejaVuSans.ttf and DejaVuSans-Bold.ttf in {folder}</source>
            <translation>找不到用于 PDF 的字体：请安装 DejaVu Sans（在 Debian 和 Ubuntu 上是软件包 fonts-dejavu-core），或把 DejaVuSans.ttf 和 DejaVuSans-Bold.ttf 放到 {folder}</translation>
        </message>
        <message>
            <source>cannot use the font {font}: {problem}</source>
            <translation>无法使用字体 {font}：{problem}</translation>
        </message>
    </context>
    <context>
        <name>ReportWriter</name>
        <message>
            <source>The report was not saved: cannot write {output}: {reason}</source>
            <translation>报告未保存：无法写入 {output}：{reason}</translation>
        </message>
        <message>
            <source>The report was not saved: {problem}</source>
            <translation>报告未保存：{problem}</translation>
        </message>
        <message>
            <source>The report was not saved: an unexpected problem ({kind}: {problem})</source>
            <translation>报告未保存：出现意外问题（{kind}：{problem}）</translation>
        </message>
    </context>
    <context>
        <name>RoutineKeys</name>
        <message>
            <source>Format version</source>
            <translation>格式版本</translation>
        </message>
        <message>
            <source>The version of the routine format the file is written in.</source>
            <translation>文件所用方案格式的版本。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>The routine's name, shown in the list of routines and in the history.</source>
            <translation>方案的名称，显示在方案列表和记录中。</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>A few sentences for the patient about the routine as a whole.</source>
            <translation>写给患者的几句话，介绍整个方案。</translation>
        </message>
        <message>
            <source>Sessions per week</source>
            <translation>每周训练次数</translation>
        </message>
        <message>
            <source>How often the patient should do the routine; it is stored with each logged session.</source>
            <translation>患者应多久做一次此方案；该值会随每次记录的训练一起保存。</translation>
        </message>
        <message>
            <source>Time to get into position (seconds)</source>
            <translation>摆好姿势的时间（秒）</translation>
        </message>
        <message>
            <source>Time to get into position before each exercise, while the exercise is introduced aloud. An exercise can set its own.</source>
            <translation>每个练习开始前摆好姿势的时间，此时会朗读练习介绍。单个练习可以设置自己的时间。</translation>
        </message>
        <message>
            <source>Rest between exercises (seconds)</source>
            <translation>练习之间的休息（秒）</translation>
        </message>
        <message>
            <source>The rest after each exercise except the last. An exercise can set its own.</source>
            <translation>除最后一个练习外，每个练习之后的休息。单个练习可以设置自己的休息时间。</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>练习</translation>
        </message>
        <message>
            <source>The exercises, in the order they are done.</source>
            <translation>各项练习，按进行的顺序排列。</translation>
        </message>
        <message>
            <source>Stop rule</source>
            <translation>停止规则</translation>
        </message>
        <message>
            <source>When Homestretch advises the patient to stop and contact their physiotherapist.</source>
            <translation>Homestretch 何时建议患者停止并联系物理治疗师。</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>The language the routine is written in, as a BCP 47 tag (`nl`, `de`, `zh-CN`): what Homestretch itself says and shows during the session (counts, sides, rests, the end) is in this language, read out by a voice that speaks it.</source>
            <translation>方案所用的语言，以 BCP 47 标记表示（`nl`、`de`、`zh-CN`）：训练中 Homestretch 自己说的和显示的内容（计数、左右、休息、结束）都使用这种语言，并由会说这种语言的语音朗读。</translation>
        </message>
        <message>
            <source>Pain rise</source>
            <translation>疼痛上升</translation>
        </message>
        <message>
            <source>Advise stopping when a pain rating is this many points or more above the rating given before the session.</source>
            <translation>当疼痛评分比训练前的评分高出这么多分或更多时，建议停止。</translation>
        </message>
        <message>
            <source>Pain limit</source>
            <translation>疼痛上限</translation>
        </message>
        <message>
            <source>Advise stopping at any pain rating of this or more, including the one given before the session.</source>
            <translation>任何疼痛评分达到或超过此值时（包括训练前的评分），建议停止。</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>标识</translation>
        </message>
        <message>
            <source>A short permanent name that follows the exercise from session to session in the log: lower-case letters, digits and hyphens. Keep it when the dose changes.</source>
            <translation>一个简短且固定的名称，用于在记录中逐次跟踪该练习：小写字母、数字和连字符。剂量改变时请保持不变。</translation>
        </message>
        <message>
            <source>The exercise's title, spoken when the exercise begins.</source>
            <translation>练习的标题，在练习开始时朗读。</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>姿势</translation>
        </message>
        <message>
            <source>How the patient lies, sits or stands.</source>
            <translation>患者躺、坐或站的姿势。</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>概述</translation>
        </message>
        <message>
            <source>A one-sentence description, spoken after the name.</source>
            <translation>一句话的说明，在名称之后朗读。</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>The instructions for the patient, in order.</source>
            <translation>给患者的操作说明，按顺序排列。</translation>
        </message>
        <message>
            <source>Cautions</source>
            <translation>注意事项</translation>
        </message>
        <message>
            <source>Warnings to heed while doing the exercise.</source>
            <translation>做练习时需要注意的事项。</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>图片</translation>
        </message>
        <message>
            <source>A picture or figure shown during the exercise, relative to the routine's folder or starting with 'assets:' for a bundled one.</source>
            <translation>练习时显示的图片或图示：相对于方案所在文件夹的路径，或以 'assets:' 开头表示内置图示。</translation>
        </message>
        <message>
            <source>Sides</source>
            <translation>左右</translation>
        </message>
        <message>
            <source>Which legs the exercise works, and in what order.</source>
            <translation>练习用哪条腿，以及先后顺序。</translation>
        </message>
        <message>
            <source>First side</source>
            <translation>先做的一侧</translation>
        </message>
        <message>
            <source>The leg to start with.</source>
            <translation>先做的那条腿。</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>组数</translation>
        </message>
        <message>
            <source>How many times the whole exercise is done, with a rest between.</source>
            <translation>整个练习做几组，组与组之间休息。</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>次数</translation>
        </message>
        <message>
            <source>The number of repetitions, per leg for one-sided exercises, in each set.</source>
            <translation>每组的重复次数；单侧练习为每条腿的次数。</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>The timed parts of each rep, in order, such as bend, hold, lower.</source>
            <translation>每次重复中按顺序计时的各部分，例如弯曲、保持、放下。</translation>
        </message>
        <message>
            <source>Timed work</source>
            <translation>定时练习</translation>
        </message>
        <message>
            <source>One timed stretch, done once per side in each set, instead of reps of phases.</source>
            <translation>一次定时拉伸，每组每侧做一次，代替由阶段组成的重复。</translation>
        </message>
        <message>
            <source>Rest between reps (seconds)</source>
            <translation>每次之间的休息（秒）</translation>
        </message>
        <message>
            <source>The rest between two reps.</source>
            <translation>两次重复之间的休息。</translation>
        </message>
        <message>
            <source>Switch between legs (seconds)</source>
            <translation>换腿时间（秒）</translation>
        </message>
        <message>
            <source>The time to switch from one leg to the other.</source>
            <translation>从一条腿换到另一条腿的时间。</translation>
        </message>
        <message>
            <source>Rest between sets (seconds)</source>
            <translation>组间休息（秒）</translation>
        </message>
        <message>
            <source>The rest between two sets.</source>
            <translation>两组之间的休息。</translation>
        </message>
        <message>
            <source>Rest after (seconds)</source>
            <translation>之后的休息（秒）</translation>
        </message>
        <message>
            <source>The rest after this exercise; the routine's rest between exercises when left out.</source>
            <translation>此练习之后的休息；不填时使用方案中练习之间的休息。</translation>
        </message>
        <message>
            <source>Time to get into position; the routine's when left out.</source>
            <translation>摆好姿势的时间；不填时使用方案的设置。</translation>
        </message>
        <message>
            <source>The phase's label, such as hold.</source>
            <translation>阶段的名称，例如“保持”。</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>秒数</translation>
        </message>
        <message>
            <source>How long the phase lasts.</source>
            <translation>阶段持续的时间。</translation>
        </message>
        <message>
            <source>Spoken cue</source>
            <translation>语音提示</translation>
        </message>
        <message>
            <source>Spoken as the phase begins.</source>
            <translation>阶段开始时朗读。</translation>
        </message>
        <message>
            <source>How long the work lasts, on each side.</source>
            <translation>每侧练习持续的时间。</translation>
        </message>
        <message>
            <source>The label shown during the work.</source>
            <translation>练习时显示的名称。</translation>
        </message>
        <message>
            <source>Spoken as the work begins.</source>
            <translation>练习开始时朗读。</translation>
        </message>
    </context>
    <context>
        <name>RoutineProblems</name>
        <message>
            <source>{place}: warning: {message}</source>
            <translation>{place}：警告：{message}</translation>
        </message>
        <message>
            <source>not valid YAML: the character {code} here is not allowed</source>
            <translation>不是有效的 YAML：此处不允许使用字符 {code}</translation>
        </message>
        <message>
            <source>not valid YAML: the byte here is not allowed</source>
            <translation>不是有效的 YAML：此处的字节不允许使用</translation>
        </message>
        <message>
            <source>the file is nested too deeply</source>
            <translation>文件嵌套太深</translation>
        </message>
        <message>
            <source>not valid YAML: {reason}</source>
            <translation>不是有效的 YAML：{reason}</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>文件是空的</translation>
        </message>
        <message>
            <source>invalid routine</source>
            <translation>无效的练习方案</translation>
        </message>
        <message>
            <source>this session would take {length}; a session may take at most {hours} hours and {steps} steps; the largest exercise, '{id}', takes {exercise_length}</source>
            <translation>这次训练将持续 {length}；一次训练最多 {hours} 小时、{steps} 个步骤；最长的练习 '{id}' 需要 {exercise_length}</translation>
        </message>
        <message>
            <source>this text contains a character that is not valid</source>
            <translation>这段文字包含无效字符</translation>
        </message>
        <message>
            <source>not valid UTF-8 text; save the file as UTF-8</source>
            <translation>不是有效的 UTF-8 文本；请将文件保存为 UTF-8</translation>
        </message>
        <message>
            <source>lists and mappings are nested more than {depth} deep</source>
            <translation>列表和映射的嵌套超过 {depth} 层</translation>
        </message>
        <message>
            <source>the routine must be a mapping of 'key: value' lines</source>
            <translation>方案必须由 'key: value' 形式的行组成</translation>
        </message>
        <message>
            <source>keys in the routine must be plain words</source>
            <translation>方案中的键必须是普通单词</translation>
        </message>
        <message>
            <source>unknown key '{key}' in the routine</source>
            <translation>方案中有未知的键 '{key}'</translation>
        </message>
        <message>
            <source>unknown key '{key}' in the routine; did you mean '{hint}'?</source>
            <translation>方案中有未知的键 '{key}'；您是指 '{hint}' 吗？</translation>
        </message>
        <message>
            <source>the routine needs '{key}'</source>
            <translation>方案需要 '{key}'</translation>
        </message>
        <message>
            <source>an exercise must be a mapping of 'key: value' lines</source>
            <translation>练习必须由 'key: value' 形式的行组成</translation>
        </message>
        <message>
            <source>keys in an exercise must be plain words</source>
            <translation>练习中的键必须是普通单词</translation>
        </message>
        <message>
            <source>unknown key '{key}' in an exercise</source>
            <translation>练习中有未知的键 '{key}'</translation>
        </message>
        <message>
            <source>unknown key '{key}' in an exercise; did you mean '{hint}'?</source>
            <translation>练习中有未知的键 '{key}'；您是指 '{hint}' 吗？</translation>
        </message>
        <message>
            <source>an exercise needs '{key}'</source>
            <translation>练习需要 '{key}'</translation>
        </message>
        <message>
            <source>a phase must be a mapping of 'key: value' lines</source>
            <translation>阶段必须由 'key: value' 形式的行组成</translation>
        </message>
        <message>
            <source>keys in a phase must be plain words</source>
            <translation>阶段中的键必须是普通单词</translation>
        </message>
        <message>
            <source>unknown key '{key}' in a phase</source>
            <translation>阶段中有未知的键 '{key}'</translation>
        </message>
        <message>
            <source>unknown key '{key}' in a phase; did you mean '{hint}'?</source>
            <translation>阶段中有未知的键 '{key}'；您是指 '{hint}' 吗？</translation>
        </message>
        <message>
            <source>a phase needs '{key}'</source>
            <translation>阶段需要 '{key}'</translation>
        </message>
        <message>
            <source>the figure must be a mapping of 'key: value' lines</source>
            <translation>示意图必须由 'key: value' 形式的行组成</translation>
        </message>
        <message>
            <source>keys in the figure must be plain words</source>
            <translation>示意图中的键必须是普通单词</translation>
        </message>
        <message>
            <source>unknown key '{key}' in the figure</source>
            <translation>示意图中有未知的键 '{key}'</translation>
        </message>
        <message>
            <source>unknown key '{key}' in the figure; did you mean '{hint}'?</source>
            <translation>示意图中有未知的键 '{key}'；您是指 '{hint}' 吗？</translation>
        </message>
        <message>
            <source>the figure needs '{key}'</source>
            <translation>示意图需要 '{key}'</translation>
        </message>
        <message>
            <source>a pose must be a mapping of 'key: value' lines</source>
            <translation>姿势必须由 'key: value' 形式的行组成</translation>
        </message>
        <message>
            <source>keys in a pose must be plain words</source>
            <translation>姿势中的键必须是普通单词</translation>
        </message>
        <message>
            <source>unknown key '{key}' in a pose</source>
            <translation>姿势中有未知的键 '{key}'</translation>
        </message>
        <message>
            <source>unknown key '{key}' in a pose; did you mean '{hint}'?</source>
            <translation>姿势中有未知的键 '{key}'；您是指 '{hint}' 吗？</translation>
        </message>
        <message>
            <source>a pose needs '{key}'</source>
            <translation>姿势需要 '{key}'</translation>
        </message>
        <message>
            <source>'{name}' must be a mapping of 'key: value' lines</source>
            <translation>'{name}' 必须由 'key: value' 形式的行组成</translation>
        </message>
        <message>
            <source>keys in '{name}' must be plain words</source>
            <translation>'{name}' 中的键必须是普通单词</translation>
        </message>
        <message>
            <source>unknown key '{key}' in '{name}'</source>
            <translation>'{name}' 中有未知的键 '{key}'</translation>
        </message>
        <message>
            <source>unknown key '{key}' in '{name}'; did you mean '{hint}'?</source>
            <translation>'{name}' 中有未知的键 '{key}'；您是指 '{hint}' 吗？</translation>
        </message>
        <message>
            <source>'{name}' needs '{key}'</source>
            <translation>'{name}' 需要 '{key}'</translation>
        </message>
        <message>
            <source>'{key}' must be a whole number without quotes, such as 8</source>
            <translation>'{key}' 必须是不带引号的整数，例如 8</translation>
        </message>
        <message>
            <source>'{key}: {raw}' is ambiguous (YAML reads it as base-60); write a whole number such as 8</source>
            <translation>'{key}: {raw}' 有歧义（YAML 会把它读作六十进制数）；请写整数，例如 8</translation>
        </message>
        <message>
            <source>'{key}' must be a whole number such as 8, not '{raw}'</source>
            <translation>'{key}' 必须是整数，例如 8，而不是 '{raw}'</translation>
        </message>
        <message>
            <source>'{key}' must be a number of seconds without quotes, such as 5 or 2.5</source>
            <translation>'{key}' 必须是不带引号的秒数，例如 5 或 2.5</translation>
        </message>
        <message>
            <source>'{key}: {raw}' is ambiguous (YAML reads it as base-60); write a number of seconds such as 5 or 2.5</source>
            <translation>'{key}: {raw}' 有歧义（YAML 会把它读作六十进制数）；请写秒数，例如 5 或 2.5</translation>
        </message>
        <message>
            <source>'{key}' must be a number of seconds such as 5 or 2.5, not '{raw}'</source>
            <translation>'{key}' 必须是秒数，例如 5 或 2.5，而不是 '{raw}'</translation>
        </message>
        <message>
            <source>'{key}' must be an angle in degrees without quotes, such as 90 or -45</source>
            <translation>'{key}' 必须是不带引号的角度（度），例如 90 或 -45</translation>
        </message>
        <message>
            <source>'{key}: {raw}' is ambiguous (YAML reads it as base-60); write an angle in degrees such as 90 or -45</source>
            <translation>'{key}: {raw}' 有歧义（YAML 会把它读作六十进制数）；请写角度（度），例如 90 或 -45</translation>
        </message>
        <message>
            <source>'{key}' must be an angle in degrees such as 90 or -45, not '{raw}'</source>
            <translation>'{key}' 必须是角度（度），例如 90 或 -45，而不是 '{raw}'</translation>
        </message>
        <message>
            <source>'{key}' must be a number without quotes, such as {example}</source>
            <translation>'{key}' 必须是不带引号的数字，例如 {example}</translation>
        </message>
        <message>
            <source>'{key}: {raw}' is ambiguous (YAML reads it as base-60); write a number such as {example}</source>
            <translation>'{key}: {raw}' 有歧义（YAML 会把它读作六十进制数）；请写数字，例如 {example}</translation>
        </message>
        <message>
            <source>'{key}' must be a number such as {example}, not '{raw}'</source>
            <translation>'{key}' 必须是数字，例如 {example}，而不是 '{raw}'</translation>
        </message>
        <message>
            <source>the file is too large or too deeply repeated to be a routine</source>
            <translation>文件太大或重复嵌套太多，不能作为练习方案</translation>
        </message>
        <message>
            <source>YAML tags such as {tag} are not allowed in a routine</source>
            <translation>练习方案中不允许使用 {tag} 这样的 YAML 标签</translation>
        </message>
        <message>
            <source>duplicate key '{key}' (first given on line {line})</source>
            <translation>键 '{key}' 重复（第一次出现在第 {line} 行）</translation>
        </message>
        <message>
            <source>'{key}' must be a list, one item per line starting with '- '</source>
            <translation>'{key}' 必须是列表，每行一项，以 '- ' 开头</translation>
        </message>
        <message>
            <source>'{key} item' must be a single value</source>
            <translation>'{key}' 的列表项必须是单个值</translation>
        </message>
        <message>
            <source>'{key}' must be a single value</source>
            <translation>'{key}' 必须是单个值</translation>
        </message>
        <message>
            <source>'{key} item' has no value</source>
            <translation>'{key}' 的列表项没有值</translation>
        </message>
        <message>
            <source>'{key}' has no value</source>
            <translation>'{key}' 没有值</translation>
        </message>
        <message>
            <source>'{key} item' is empty</source>
            <translation>'{key}' 的列表项是空的</translation>
        </message>
        <message>
            <source>'{key}' is empty</source>
            <translation>'{key}' 是空的</translation>
        </message>
        <message>
            <source>'{key} item' is longer than {max} characters</source>
            <translation>'{key}' 的列表项超过 {max} 个字符</translation>
        </message>
        <message>
            <source>'{key}' is longer than {max} characters</source>
            <translation>'{key}' 超过 {max} 个字符</translation>
        </message>
        <message>
            <source>'{key} item' contains an invisible character that changes the direction of text ({code}); remove it</source>
            <translation>'{key}' 的列表项包含一个会改变文字方向的不可见字符（{code}）；请删除它</translation>
        </message>
        <message>
            <source>'{key}' contains an invisible character that changes the direction of text ({code}); remove it</source>
            <translation>'{key}' 包含一个会改变文字方向的不可见字符（{code}）；请删除它</translation>
        </message>
        <message>
            <source>'{key} item' contains a control character ({code}); remove it</source>
            <translation>'{key}' 的列表项包含控制字符（{code}）；请删除它</translation>
        </message>
        <message>
            <source>'{key}' contains a control character ({code}); remove it</source>
            <translation>'{key}' 包含控制字符（{code}）；请删除它</translation>
        </message>
        <message>
            <source>'{key}: {raw}' has a leading zero (YAML may read it as octal); write it without</source>
            <translation>'{key}: {raw}' 以 0 开头（YAML 可能把它读作八进制数）；请去掉开头的 0</translation>
        </message>
        <message>
            <source>'{key}' must be from {low} to {high}, not {raw}</source>
            <translation>'{key}' 必须在 {low} 到 {high} 之间，而不是 {raw}</translation>
        </message>
        <message>
            <source>'{key}' must be from more than {low} to {high}, not {raw}</source>
            <translation>'{key}' 必须大于 {low} 且不超过 {high}，而不是 {raw}</translation>
        </message>
        <message>
            <source>'{key}' must be written without quotes: {key}: {raw}</source>
            <translation>'{key}' 必须不带引号书写：{key}: {raw}</translation>
        </message>
        <message>
            <source>'{key}' must be one of: {options}; not '{raw}'</source>
            <translation>'{key}' 必须是以下之一：{options}；而不是 '{raw}'</translation>
        </message>
        <message>
            <source>this routine uses format {schema}; this version of Homestretch reads format {version}. Update Homestretch to open it</source>
            <translation>这个方案使用格式 {schema}；这个版本的 Homestretch 只能读取格式 {version}。请更新 Homestretch 后再打开</translation>
        </message>
        <message>
            <source>'language: {tag}' is not a language tag; write one such as {tags}</source>
            <translation>'language: {tag}' 不是语言代码；请写 {tags} 之类的代码</translation>
        </message>
        <message>
            <source>Homestretch has no words in the language '{tag}' yet, so what it says during the session will be in English (it speaks {languages})</source>
            <translation>Homestretch 还没有 '{tag}' 语言的文字，所以训练过程中它说的话将是英语（它会说 {languages}）</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the items of a list</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>'stop_rule' needs 'pain_rise', 'pain_at_least' or both</source>
            <translation>'stop_rule' 需要 'pain_rise'、'pain_at_least' 或两者</translation>
        </message>
        <message>
            <source>a routine needs at least one exercise</source>
            <translation>方案至少需要一个练习</translation>
        </message>
        <message>
            <source>a routine may have at most {max} exercises</source>
            <translation>方案最多可以有 {max} 个练习</translation>
        </message>
        <message>
            <source>exercise id '{id}' is used twice (first on line {line})</source>
            <translation>练习 ID '{id}' 用了两次（第一次在第 {line} 行）</translation>
        </message>
        <message>
            <source>'steps' needs at least one step</source>
            <translation>'steps' 至少需要一个步骤</translation>
        </message>
        <message>
            <source>an exercise needs either 'phases' (with 'reps') or 'work' (a plain timed duration), not both and not neither</source>
            <translation>练习需要 'phases'（配合 'reps'）或 'work'（一段简单的计时），二者选其一，不能都有也不能都没有</translation>
        </message>
        <message>
            <source>an exercise with 'phases' needs 'reps'</source>
            <translation>带 'phases' 的练习需要 'reps'</translation>
        </message>
        <message>
            <source>'{key}' goes with 'phases', not with 'work'</source>
            <translation>'{key}' 只能与 'phases' 一起使用，不能与 'work' 一起使用</translation>
        </message>
        <message>
            <source>'id: {value}' must use lower-case letters, digits and hyphens, such as 'sitting-knee-extension'</source>
            <translation>'id: {value}' 只能使用小写字母、数字和连字符，例如 'sitting-knee-extension'</translation>
        </message>
        <message>
            <source>'phases' needs at least one phase</source>
            <translation>'phases' 至少需要一个阶段</translation>
        </message>
        <message>
            <source>an exercise may have at most {max} phases</source>
            <translation>一个练习最多可以有 {max} 个阶段</translation>
        </message>
        <message>
            <source>picture '{picture}' must be a path relative to the bundled assets</source>
            <translation>图片 '{picture}' 必须是相对于内置素材的路径</translation>
        </message>
        <message>
            <source>picture '{picture}' must be a path relative to the routine's folder</source>
            <translation>图片 '{picture}' 必须是相对于方案所在文件夹的路径</translation>
        </message>
        <message>
            <source>picture '{picture}' points outside the bundled assets</source>
            <translation>图片 '{picture}' 指向内置素材之外</translation>
        </message>
        <message>
            <source>picture '{picture}' points outside the routine's folder</source>
            <translation>图片 '{picture}' 指向方案所在文件夹之外</translation>
        </message>
        <message>
            <source>picture '{picture}' must be an SVG, PNG or JPEG file (or a .yaml figure)</source>
            <translation>图片 '{picture}' 必须是 SVG、PNG 或 JPEG 文件（或 .yaml 示意图）</translation>
        </message>
        <message>
            <source>picture '{picture}' not found</source>
            <translation>找不到图片 '{picture}'</translation>
        </message>
        <message>
            <source>picture '{picture}' is not a {kind} file</source>
            <translation>图片 '{picture}' 不是 {kind} 文件</translation>
        </message>
        <message>
            <source>picture '{picture}' declares {declaration}s; an SVG picture must hold everything it shows</source>
            <translation>图片 '{picture}' 声明了 {declaration}；SVG 图片必须包含它显示的全部内容</translation>
        </message>
        <message>
            <source>picture '{picture}' links to another file ('{target}'); an SVG picture must hold everything it shows</source>
            <translation>图片 '{picture}' 链接到另一个文件（'{target}'）；SVG 图片必须包含它显示的全部内容</translation>
        </message>
        <message>
            <source>figure '{picture}' has problems; a placeholder is shown</source>
            <translation>示意图 '{picture}' 有问题；将显示占位图</translation>
        </message>
        <message>
            <source>'{key}' needs 'schema: {since}' at the top of the file</source>
            <translation>'{key}' 需要在文件开头写 'schema: {since}'</translation>
        </message>
        <message>
            <source>'{key}' applies only to '{other}: {value}'</source>
            <translation>'{key}' 只适用于 '{other}: {value}'</translation>
        </message>
        <message>
            <source>'{key}' applies only to '{other}: {first}' or '{other}: {second}'</source>
            <translation>'{key}' 只适用于 '{other}: {first}' 或 '{other}: {second}'</translation>
        </message>
        <message>
            <source>picture '{picture}' is a folder, not a file</source>
            <translation>图片 '{picture}' 是文件夹，不是文件</translation>
        </message>
        <message>
            <source>picture '{picture}' is not a regular file (it is a named pipe)</source>
            <translation>图片 '{picture}' 不是普通文件（而是命名管道）</translation>
        </message>
        <message>
            <source>picture '{picture}' is not a regular file (it is a device)</source>
            <translation>图片 '{picture}' 不是普通文件（而是设备）</translation>
        </message>
        <message>
            <source>picture '{picture}' is not a regular file (it is a socket)</source>
            <translation>图片 '{picture}' 不是普通文件（而是套接字）</translation>
        </message>
        <message>
            <source>picture '{picture}' is not a regular file (it is not a plain file)</source>
            <translation>图片 '{picture}' 不是普通文件</translation>
        </message>
        <message>
            <source>picture '{picture}' is larger than {size}</source>
            <translation>图片 '{picture}' 大于 {size}</translation>
        </message>
        <message>
            <source>picture '{picture}' cannot be read ({reason})</source>
            <translation>无法读取图片 '{picture}'（{reason}）</translation>
        </message>
        <message>
            <source>{seconds} s ({steps} steps)</source>
            <translation>{seconds} 秒（{steps} 个步骤）</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min ({steps} steps)</source>
            <translation>{hours} 小时 {minutes} 分钟（{steps} 个步骤）</translation>
        </message>
        <message>
            <source>{minutes} min ({steps} steps)</source>
            <translation>{minutes} 分钟（{steps} 个步骤）</translation>
        </message>
        <message>
            <source>this session would take {length}; a session may take at most {hours} hours and {steps} steps</source>
            <translation>这次训练将持续 {length}；一次训练最多 {hours} 小时、{steps} 个步骤</translation>
        </message>
    </context>
    <context>
        <name>RoutinesPage</name>
        <message>
            <source>Double-click an exercise, or press Enter on it, to do that one alone</source>
            <translation>双击某个练习或在其上按回车键，即可单独做这一个</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>Open a routine file…  (Ctrl+O)</source>
            <translation>打开方案文件…  (Ctrl+O)</translation>
        </message>
        <message>
            <source>or drop a .yaml or .homestretch file onto this window</source>
            <translation>或把 .yaml 或 .homestretch 文件拖到此窗口</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Change the selected routine (a bundled one is saved as your copy)</source>
            <translation>修改所选方案（自带的方案会另存为您的副本）</translation>
        </message>
        <message>
            <source>Edit the selected routine</source>
            <translation>编辑所选方案</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>新方案</translation>
        </message>
        <message>
            <source>Your history  (Ctrl+H)</source>
            <translation>您的记录  (Ctrl+H)</translation>
        </message>
        <message>
            <source>Past sessions, pain ratings and the report for your physiotherapist</source>
            <translation>以往的训练、疼痛评分以及给物理治疗师的报告</translation>
        </message>
        <message>
            <source>About this routine</source>
            <translation>关于此方案</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>练习</translation>
        </message>
        <message>
            <source>How is your pain right now? (optional)</source>
            <translation>您现在疼痛程度如何？（可选）</translation>
        </message>
        <message>
            <source>Where does it hurt…</source>
            <translation>哪里疼…</translation>
        </message>
        <message>
            <source>▶  Start  (Space)</source>
            <translation>▶  开始  (空格键)</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Make a copy of the selected routine in your routines</source>
            <translation>在您的方案中复制所选方案</translation>
        </message>
        <message>
            <source>Duplicate the selected routine</source>
            <translation>复制所选方案</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Move the selected routine (one of yours) to the trash; you can undo it (Del)</source>
            <translation>把所选（您自己的）方案移到回收站；可以撤销（Del）</translation>
        </message>
        <message>
            <source>Delete the selected routine</source>
            <translation>删除所选方案</translation>
        </message>
        <message>
            <source>Undo  (Ctrl+Z)</source>
            <translation>撤销  (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Undo the delete</source>
            <translation>撤销删除</translation>
        </message>
        <message>
            <source>“{title}” moved to the trash.</source>
            <translation>“{title}”已移到回收站。</translation>
        </message>
        <message>
            <source>Put “{title}” back</source>
            <translation>恢复“{title}”</translation>
        </message>
        <message>
            <source>⚠ {name} (has problems)</source>
            <translation>⚠ {name}（有问题）</translation>
        </message>
        <message>
            <source>{routine}  · yours</source>
            <translation>{routine}  · 我的</translation>
        </message>
        <message>
            <source>No routine</source>
            <translation>没有方案</translation>
        </message>
        <message>
            <source>This file has problems and cannot be used yet:</source>
            <translation>这个文件有问题，暂时无法使用：</translation>
        </message>
        <message>
            <source>Ask your physiotherapist for a corrected file.</source>
            <translation>请向您的物理治疗师索取修改后的文件。</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s) · about {time} · {per_week} times a week</source>
            <translation>
                <numerusform>%n 个练习 · 约 {time} · 每周 {per_week} 次</numerusform>
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
            <translation>将训练记录导出为 CSV</translation>
        </message>
        <message>
            <source>The sessions were not saved: {exc}</source>
            <translation>训练记录未保存：{exc}</translation>
        </message>
        <message>
            <source>The sessions were not saved: cannot write {output}: {reason}</source>
            <translation>训练记录未保存：无法写入 {output}：{reason}</translation>
        </message>
        <message>
            <source>Saved the sessions: {output}</source>
            <translation>已保存训练记录：{output}</translation>
        </message>
        <message>
            <source>Export the exercise results as CSV</source>
            <translation>将练习结果导出为 CSV</translation>
        </message>
        <message>
            <source>The exercise results were not saved: {exc}</source>
            <translation>练习结果未保存：{exc}</translation>
        </message>
        <message>
            <source>The exercise results were not saved: cannot write {output}: {reason}</source>
            <translation>练习结果未保存：无法写入 {output}：{reason}</translation>
        </message>
        <message>
            <source>Saved the exercise results: {output}</source>
            <translation>已保存练习结果：{output}</translation>
        </message>
    </context>
    <context>
        <name>SessionTableModel</name>
        <message>
            <source>Date and
time</source>
            <translation>日期和
时间</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>Time
done</source>
            <translation>练习
时长</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>跳过</translation>
        </message>
        <message>
            <source>Pain
before</source>
            <translation>训练前
疼痛</translation>
        </message>
        <message>
            <source>Pain
after</source>
            <translation>训练后
疼痛</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>{done} of {planned}</source>
            <translation>{done}/{planned}</translation>
        </message>
        <message>
            <source>⚠ stop rule</source>
            <translation>⚠ 停止规则</translation>
        </message>
        <message>
            <source>{column}: {value}</source>
            <translation>{column}：{value}</translation>
        </message>
        <message>
            <source>Skipped: {names}</source>
            <translation>跳过：{names}</translation>
        </message>
        <message>
            <source>Pain before: {pain}</source>
            <translation>训练前疼痛：{pain}</translation>
        </message>
        <message>
            <source>Pain after: {pain}</source>
            <translation>训练后疼痛：{pain}</translation>
        </message>
        <message>
            <source>Where: {areas}</source>
            <translation>部位：{areas}</translation>
        </message>
        <message>
            <source>Done in {offset}; here ({here_offset}) that was {time}.</source>
            <translation>在 {offset} 完成；在这里（{here_offset}）是 {time}。</translation>
        </message>
        <message>
            <source>Double-click or press F2 to edit the note.</source>
            <translation>双击或按 F2 编辑备注。</translation>
        </message>
        <message>
            <source>Double-click or press F2 to write a note.</source>
            <translation>双击或按 F2 写备注。</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>◀◀ Previous (←)</source>
            <translation>◀◀ 上一个 (←)</translation>
        </message>
        <message>
            <source>▶ Start (Space)</source>
            <translation>▶ 开始 (空格键)</translation>
        </message>
        <message>
            <source>Continue anyway (C)</source>
            <translation>仍然继续 (C)</translation>
        </message>
        <message>
            <source>Next (→) ▶▶</source>
            <translation>下一个 (→) ▶▶</translation>
        </message>
        <message>
            <source>■ Stop (Esc)</source>
            <translation>■ 停止 (Esc)</translation>
        </message>
        <message>
            <source>Mute (M)</source>
            <translation>静音 (M)</translation>
        </message>
        <message>
            <source>Back to routines (Esc)</source>
            <translation>返回方案列表 (Esc)</translation>
        </message>
        <message>
            <source>Seconds left in this step</source>
            <translation>此步骤剩余秒数</translation>
        </message>
        <message>
            <source>How is your pain now? (optional)</source>
            <translation>您现在疼痛程度如何？（可选）</translation>
        </message>
        <message>
            <source>Where does it hurt…</source>
            <translation>哪里疼…</translation>
        </message>
        <message>
            <source>A note for your physiotherapist (optional)</source>
            <translation>给物理治疗师的备注（可选）</translation>
        </message>
        <message>
            <source>Save note
(Ctrl+Enter)</source>
            <translation>保存备注
(Ctrl+回车键)</translation>
        </message>
        <message>
            <source>❚❚ Pause (Space)</source>
            <translation>❚❚ 暂停 (空格键)</translation>
        </message>
        <message>
            <source>▶ Resume (Space)</source>
            <translation>▶ 继续 (空格键)</translation>
        </message>
        <message>
            <source>■ End the session (Space)</source>
            <translation>■ 结束训练 (空格键)</translation>
        </message>
        <message>
            <source>Session progress</source>
            <translation>训练进度</translation>
        </message>
        <message>
            <source>Note saved</source>
            <translation>备注已保存</translation>
        </message>
        <message>
            <source>Unmute (M)</source>
            <translation>取消静音 (M)</translation>
        </message>
    </context>
    <context>
        <name>SettingsProblems</name>
        <message>
            <source>The settings file {file} was ignored because it is not UTF-8 text; the defaults are used.</source>
            <translation>已忽略设置文件 {file}，因为它不是 UTF-8 文本；将使用默认设置。</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is not valid JSON ({detail} is not a JSON number); the defaults are used.</source>
            <translation>已忽略设置文件 {file}，因为它不是有效的 JSON（{detail} 不是 JSON 数字）；将使用默认设置。</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is nested too deeply to hold settings; the defaults are used.</source>
            <translation>已忽略设置文件 {file}，因为它嵌套过深，不可能是设置；将使用默认设置。</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is not valid JSON (line {line}, column {column}); the defaults are used.</source>
            <translation>已忽略设置文件 {file}，因为它不是有效的 JSON（第 {line} 行，第 {column} 列）；将使用默认设置。</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it holds a value that cannot be read (such as a number with too many digits); the defaults are used.</source>
            <translation>已忽略设置文件 {file}，因为其中有无法读取的值（例如位数过多的数字）；将使用默认设置。</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it does not hold a JSON object; the defaults are used.</source>
            <translation>已忽略设置文件 {file}，因为其中没有 JSON 对象；将使用默认设置。</translation>
        </message>
        <message>
            <source>Some settings in {file} were not valid; their defaults are used: {names}.</source>
            <translation>{file} 中有些设置无效，已改用默认值：{names}。</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is a folder, not a file; the defaults are used.</source>
            <translation>已忽略设置文件 {file}，因为它是文件夹，不是文件；将使用默认设置。</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is not a regular file (it is a named pipe); the defaults are used.</source>
            <translation>已忽略设置文件 {file}，因为它不是普通文件（而是命名管道）；将使用默认设置。</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is not a regular file (it is a device); the defaults are used.</source>
            <translation>已忽略设置文件 {file}，因为它不是普通文件（而是设备）；将使用默认设置。</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is not a regular file (it is a socket); the defaults are used.</source>
            <translation>已忽略设置文件 {file}，因为它不是普通文件（而是套接字）；将使用默认设置。</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is not a regular file (it is not a plain file); the defaults are used.</source>
            <translation>已忽略设置文件 {file}，因为它不是普通文件；将使用默认设置。</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it is larger than {detail}; the defaults are used.</source>
            <translation>已忽略设置文件 {file}，因为它大于 {detail}；将使用默认设置。</translation>
        </message>
        <message>
            <source>The settings file {file} was ignored because it cannot be read ({detail}); the defaults are used.</source>
            <translation>已忽略设置文件 {file}，因为无法读取（{detail}）；将使用默认设置。</translation>
        </message>
    </context>
    <context>
        <name>Sharing</name>
        <message>
            <source>Shared routines (*{suffix})</source>
            <translation>共享的方案 (*{suffix})</translation>
        </message>
        <message>
            <source>No routine to export</source>
            <translation>没有可导出的方案</translation>
        </message>
        <message>
            <source>Choose a routine that works in the list first, then export it.</source>
            <translation>请先在列表中选择一个可用的方案，再导出。</translation>
        </message>
        <message>
            <source>Export “{name}”</source>
            <translation>导出“{name}”</translation>
        </message>
        <message>
            <source>“{name}” cannot be exported</source>
            <translation>无法导出“{name}”</translation>
        </message>
        <message numerus="yes">
            <source>This routine has %n problem(s); fix them before sending it:</source>
            <translation>
                <numerusform>这个方案有 %n 个问题，发送前请先修改：</numerusform>
            </translation>
        </message>
        <message>
            <source>“{name}” could not be saved</source>
            <translation>无法保存“{name}”</translation>
        </message>
        <message>
            <source>It could not be written in {parent}: {value}</source>
            <translation>无法写入 {parent}：{value}</translation>
        </message>
        <message numerus="yes">
            <source>Exported {routine} and %n picture(s) to {output}</source>
            <translation>
                <numerusform>已将{routine}和 %n 张图片导出到 {output}</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported {routine} to {output}</source>
            <translation>已将{routine}导出到 {output}</translation>
        </message>
        <message>
            <source>“{name}” is already among your routines</source>
            <translation>“{name}”已在您的方案中</translation>
        </message>
        <message>
            <source>You added a routine from a file named “{name}” before. Replace it with the one in “{name2}”, or keep both?</source>
            <translation>您以前添加过一个来自名为“{name}”的文件的方案。用“{name2}”中的方案替换它，还是两个都保留？</translation>
        </message>
        <message>
            <source>The one you have is in {taken}. Keep both adds this one with a number after its name, as “{kept}”.</source>
            <translation>已有的方案在 {taken}。“都保留”会在名称后加编号添加这个方案，即“{kept}”。</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>替换</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>都保留</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>“{name}” could not be added</source>
            <translation>无法添加“{name}”</translation>
        </message>
        <message>
            <source>It could not be copied into {user_routines_dir}: {value}</source>
            <translation>无法复制到 {user_routines_dir}：{value}</translation>
        </message>
        <message>
            <source>“{name}” cannot be used</source>
            <translation>无法使用“{name}”</translation>
        </message>
        <message numerus="yes">
            <source>The routine in it has %n problem(s):</source>
            <translation>
                <numerusform>其中的方案有 %n 个问题：</numerusform>
            </translation>
        </message>
        <message>
            <source>“{name}” cannot be opened</source>
            <translation>无法打开“{name}”</translation>
        </message>
    </context>
    <context>
        <name>SpeechProblems</name>
        <message>
            <source>Spoken instructions are off because the espeak-ng speech engine is not installed. The screen still guides you. To hear the instructions, install it with: sudo apt install espeak-ng (then start Homestretch again).</source>
            <translation>语音指导已关闭，因为没有安装 espeak-ng 语音引擎。屏幕仍会指导您。要听到语音指导，请用以下命令安装：sudo apt install espeak-ng（然后重新启动 Homestretch）。</translation>
        </message>
        <message>
            <source>Spoken instructions are off because the speech engine is not working. The screen still guides you. Starting Homestretch again may bring the voice back; if it does not, reinstall the engine with: sudo apt install --reinstall espeak-ng</source>
            <translation>语音指导已关闭，因为语音引擎无法工作。屏幕仍会指导您。重新启动 Homestretch 可能会恢复语音；如果不行，请用以下命令重新安装引擎：sudo apt install --reinstall espeak-ng</translation>
        </message>
        <message>
            <source>Spoken instructions are off because Homestretch cannot save its speech files in the folder {folder}. The screen still guides you. To hear the instructions, make sure that folder can be written to and the disk is not full, then start Homestretch again.</source>
            <translation>语音指导已关闭，因为 Homestretch 无法在文件夹 {folder} 中保存语音文件。屏幕仍会指导您。要听到语音指导，请确保该文件夹可写且磁盘未满，然后重新启动 Homestretch。</translation>
        </message>
        <message>
            <source>There will be no voice or beeps because no sound player is installed. The screen still guides you. To hear them, install one with: sudo apt install alsa-utils (then start Homestretch again).</source>
            <translation>没有安装声音播放程序，因此不会有语音和提示音。屏幕仍会指导您。要听到声音，请用以下命令安装：sudo apt install alsa-utils（然后重新启动 Homestretch）。</translation>
        </message>
        <message>
            <source>No sound device was found, so there will be no voice or beeps. The screen still guides you. To hear them, connect speakers or headphones, then start Homestretch again.</source>
            <translation>未找到声音设备，因此不会有语音和提示音。屏幕仍会指导您。要听到声音，请连接扬声器或耳机，然后重新启动 Homestretch。</translation>
        </message>
        <message>
            <source>No installed voice speaks {name}, the language of this routine, so the default voice reads it and may be hard to understand. The screen still guides you. To hear it in its language, install the voices of the espeak-ng speech engine with: sudo apt install espeak-ng-data (then start Homestretch again).</source>
            <translation>没有已安装的语音能说{name}（此方案的语言），因此由默认语音朗读，可能难以听懂。屏幕仍会指导您。要用该语言收听，请用以下命令安装 espeak-ng 语音引擎的语音：sudo apt install espeak-ng-data（然后重新启动 Homestretch）。</translation>
        </message>
    </context>
    <context>
        <name>SpeechSettingsDialog</name>
        <message>
            <source>Say a sample</source>
            <translation>试听</translation>
        </message>
        <message>
            <source>Speaking…</source>
            <translation>正在朗读…</translation>
        </message>
        <message>
            <source>Speed: {rate} words a minute</source>
            <translation>语速：每分钟 {rate} 词</translation>
        </message>
        <message>
            <source>Volume: {percent} %</source>
            <translation>音量：{percent} %</translation>
        </message>
        <message>
            <source>Voice, speed and volume</source>
            <translation>语音、语速和音量</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>语音</translation>
        </message>
        <message>
            <source>Default voice</source>
            <translation>默认语音</translation>
        </message>
        <message>
            <source>Voices for {name} come first, then other languages.</source>
            <translation>{name}的语音排在前面，然后是其他语言。</translation>
        </message>
    </context>
    <context>
        <name>Stats</name>
        <message>
            <source>finished, {skipped} skipped</source>
            <translation>已结束，跳过 {skipped} 个</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>{skipped} skipped</source>
            <translation>跳过 {skipped} 个</translation>
        </message>
        <message>
            <source>{partial} part way</source>
            <translation>{partial} 个未做完</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>已中断</translation>
        </message>
        <message numerus="yes">
            <source>Before sessions: average {mean} over %n rating(s), first {first}, last {last}</source>
            <translation>
                <numerusform>训练前：%n 次评分平均 {mean}，首次 {first}，最近 {last}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>before sessions: average {mean} over %n rating(s), first {first}, last {last}</source>
            <translation>
                <numerusform>训练前：%n 次评分平均 {mean}，首次 {first}，最近 {last}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>After sessions: average {mean} over %n rating(s), first {first}, last {last}</source>
            <translation>
                <numerusform>训练后：%n 次评分平均 {mean}，首次 {first}，最近 {last}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>after sessions: average {mean} over %n rating(s), first {first}, last {last}</source>
            <translation>
                <numerusform>训练后：%n 次评分平均 {mean}，首次 {first}，最近 {last}</numerusform>
            </translation>
        </message>
        <message>
            <source>No ratings in this period</source>
            <translation>此期间没有评分</translation>
        </message>
        <message>
            <source>no ratings in this period</source>
            <translation>此期间没有评分</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the items of a list</comment>
            <translation>；</translation>
        </message>
    </context>
    <context>
        <name>StopRule</name>
        <message>
            <source>pain is {now} out of 10 (the limit set is {limit})</source>
            <translation>疼痛为 {now}/10（设定的上限为 {limit}）</translation>
        </message>
        <message>
            <source>pain rose from {before} to {now} (the limit set is a rise of {rise})</source>
            <translation>疼痛从 {before} 升至 {now}（设定的上限为升高 {rise}）</translation>
        </message>
        <message>
            <source>pain {now} of 10 is above the limit {limit}</source>
            <translation>疼痛 {now}/10 超过上限 {limit}</translation>
        </message>
        <message>
            <source>(no detail)</source>
            <translation>（无详情）</translation>
        </message>
    </context>
    <context>
        <name>WarningDialog</name>
        <message>
            <source>Details</source>
            <translation>详细信息</translation>
        </message>
    </context>
    <context>
        <name>_SidesField</name>
        <message>
            <source>change sides</source>
            <translation>更改左右</translation>
        </message>
    </context>
</TS>
