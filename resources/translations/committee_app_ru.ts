<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="65"/>
        <source>About Committee Desk</source>
        <translation>О программе Committee Desk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="69"/>
        <source>Records (the store):</source>
        <translation>Записи (хранилище):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="70"/>
        <source>Settings:</source>
        <translation>Настройки:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="71"/>
        <source>Logs:</source>
        <translation>Журналы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="74"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="78"/>
        <source>The licence&apos;s text (GPL-3.0-or-later) is not in this installation: it is incomplete.</source>
        <translation>Текста лицензии (GPL-3.0-or-later) нет в этой установке: она неполная.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="80"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="83"/>
        <source>The fonts&apos; licence is not in this installation.</source>
        <translation>Лицензии шрифтов нет в этой установке.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="84"/>
        <source>Fonts&apos; licence</source>
        <translation>Лицензия шрифтов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="87"/>
        <source>&amp;Copy these details</source>
        <translation>&amp;Копировать эти сведения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="100"/>
        <location filename="../../ui/dialogs/about_dialog.py" line="140"/>
        <source>Committee Desk {version}</source>
        <translation>Committee Desk {version}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="113"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="121"/>
        <source>Portable mode: everything is kept in the data folder beside the app ({folder}).</source>
        <translation>Переносной режим: всё хранится в папке data рядом с программой ({folder}).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="128"/>
        <source>Records of a workers&apos; action committee, encrypted on this computer. It never uses the network.</source>
        <translation>Записи рабочего комитета, зашифрованные на этом компьютере. Программа никогда не выходит в сеть.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="129"/>
        <source>Free software under the GNU General Public License, version 3 or (at your choice) any later version (GPL-3.0-or-later): you may run, study, share and change it. It comes with no warranty. The Licence tab holds the full text.</source>
        <translation>Свободная программа по лицензии GNU General Public License версии 3 или (по вашему выбору) любой более поздней версии (GPL-3.0-or-later): её можно запускать, изучать, распространять и изменять. Она предоставляется без каких-либо гарантий. Полный текст — на вкладке «Лицензия».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="132"/>
        <source>Printed documents use the DejaVu fonts, under their own free licence (the Fonts&apos; licence tab).</source>
        <translation>Печатные документы набраны шрифтами DejaVu, у которых своя свободная лицензия (вкладка «Лицензия шрифтов»).</translation>
    </message>
</context>
<context>
    <name>ActionItemDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="61"/>
        <source>New action item</source>
        <translation>Новое поручение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="61"/>
        <source>Edit action item</source>
        <translation>Изменить поручение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="64"/>
        <source>— nobody yet —</source>
        <translation>— пока никто —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="67"/>
        <source>D&amp;ue by:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="76"/>
        <source>— none: not set at an assembly —</source>
        <translation>— нет: поручение дано не на собрании —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="91"/>
        <source>&amp;Task:</source>
        <translation>&amp;Поручение:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="92"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="95"/>
        <source>Set at &amp;agenda item:</source>
        <translation>Дано по &amp;вопросу повестки:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="97"/>
        <source>&amp;Status:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="119"/>
        <source>Write what is to be done.</source>
        <translation>Напишите, что нужно сделать.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="121"/>
        <source>The task is too long: {length} characters, at most {limit}.</source>
        <translation>Текст поручения слишком длинный: символов {length}, а можно не больше {limit}.</translation>
    </message>
</context>
<context>
    <name>ActionsTableModel</name>
    <message>
        <location filename="../../ui/models/actions_model.py" line="93"/>
        <source>Task</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions_model.py" line="93"/>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions_model.py" line="93"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions_model.py" line="93"/>
        <source>Assembly</source>
        <translation>Собрание</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions_model.py" line="93"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions_model.py" line="123"/>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions_model.py" line="129"/>
        <source>Overdue since yesterday</source>
        <translation>Просрочено со вчерашнего дня</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions_model.py" line="130"/>
        <source>Overdue by {count} days</source>
        <translation>Просрочено на {count} дн.</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../ui/views/actions_view.py" line="50"/>
        <location filename="../../ui/views/actions_view.py" line="86"/>
        <source>Actions</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="56"/>
        <source>&amp;New action item…</source>
        <translation>&amp;Новое поручение…</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="57"/>
        <source>Write down a task: what is to be done, by whom, by when</source>
        <translation>Записать поручение: что сделать, кому и к какому сроку</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="61"/>
        <source>&amp;Edit…</source>
        <translation>Из&amp;менить…</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="67"/>
        <source>Change the selected task, its assignee, due date, agenda item or status</source>
        <translation>Изменить выбранное поручение: текст, исполнителя, срок, вопрос повестки или статус</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="68"/>
        <source>Mark &amp;done</source>
        <translation>Отметить как &amp;выполненное</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="69"/>
        <source>The selected task is done</source>
        <translation>Выбранное поручение выполнено</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="70"/>
        <source>Mark d&amp;ropped…</source>
        <translation>Отметить как &amp;отменённое…</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="71"/>
        <source>The selected task will not be done; it stays in the records</source>
        <translation>Выбранное поручение не будет выполнено; оно останется в записях</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="72"/>
        <source>Re&amp;open</source>
        <translation>Вернуть в &amp;работу</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="73"/>
        <source>Put a task marked done or dropped back on the open list</source>
        <translation>Вернуть выполненное или отменённое поручение в работу</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="79"/>
        <source>Show done and drop&amp;ped</source>
        <translation>&amp;Показывать выполненные и отменённые</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="84"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="165"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="169"/>
        <source>Not assigned</source>
        <translation>Без исполнителя</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="255"/>
        <source>Drop the task “{task}”? It stays in the records, marked dropped.</source>
        <translation>Отменить поручение «{task}»? Оно останется в записях с отметкой «отменено».</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="256"/>
        <source>Drop the task</source>
        <translation>Отменить поручение</translation>
    </message>
</context>
<context>
    <name>AdoptDemandDialog</name>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="143"/>
        <source>Adopt a demand</source>
        <translation>Принять требование</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="144"/>
        <source>Adopted by the vote: {question}</source>
        <translation>Принято голосованием по вопросу: {question}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="163"/>
        <source>&amp;Demand:</source>
        <translation>&amp;Требование:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="164"/>
        <source>&amp;Text:</source>
        <translation>Т&amp;екст:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="165"/>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
</context>
<context>
    <name>AgendaItemChoicesModel</name>
    <message>
        <location filename="../../ui/models/agenda_item_choices_model.py" line="15"/>
        <source>No. {number}, item {position}: {title}</source>
        <translation>№ {number}, вопрос {position}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_item_choices_model.py" line="18"/>
        <source>No. {number} of {date}, item {position}: {title}</source>
        <translation>№ {number} от {date}, вопрос {position}: {title}</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="49"/>
        <source>New agenda item</source>
        <translation>Новый вопрос повестки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="49"/>
        <source>Edit agenda item</source>
        <translation>Изменить вопрос повестки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="54"/>
        <source>— not a member —</source>
        <translation>— не член комитета —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="60"/>
        <source>A guest, a lawyer, a delegate from another site…</source>
        <translation>Гость, юрист, делегат с другого предприятия…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="62"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="68"/>
        <source>&amp;Title:</source>
        <translation>&amp;Вопрос:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="69"/>
        <source>&amp;Details:</source>
        <translation>&amp;Подробности:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="70"/>
        <source>&amp;Presenter:</source>
        <translation>&amp;Докладчик:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="71"/>
        <source>&amp;Outside presenter:</source>
        <translation>Докладчик &amp;со стороны:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="72"/>
        <source>Planned &amp;minutes:</source>
        <translation>Продолжительность, &amp;мин:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="87"/>
        <source>Give the item a title.</source>
        <translation>Напишите, какой это вопрос.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="90"/>
        <source>The details are too long: {length} characters, at most {limit}.</source>
        <translation>Подробности слишком длинные: символов {length}, а можно не больше {limit}.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="109"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="109"/>
        <source>Item</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="109"/>
        <source>Presenter</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="109"/>
        <source>Min.</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="109"/>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
</context>
<context>
    <name>AssembliesView</name>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="81"/>
        <location filename="../../ui/views/assemblies_view.py" line="128"/>
        <source>Assemblies</source>
        <translation>Собрания</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="87"/>
        <source>&amp;New assembly…</source>
        <translation>&amp;Новое собрание…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="88"/>
        <source>Plan an assembly, starting from an earlier agenda if you like</source>
        <translation>Запланировать собрание; можно взять за основу повестку прошлого собрания</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="89"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Изменить данные…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="90"/>
        <source>Number, kind, date and time, place, chair, secretary, quorum rule</source>
        <translation>Номер, вид, дата и время, место, председатель, секретарь, правило кворума</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="91"/>
        <source>Mark as &amp;held</source>
        <translation>Отметить как &amp;проведённое</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="92"/>
        <source>The assembly took place; its minutes become a record</source>
        <translation>Собрание состоялось; его протокол становится окончательным документом</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="93"/>
        <source>Mark as &amp;cancelled</source>
        <translation>Отметить как &amp;отменённое</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="94"/>
        <source>Mark as pla&amp;nned again</source>
        <translation>Снова сделать &amp;запланированным</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="162"/>
        <source>&amp;Plan</source>
        <translation>П&amp;лан</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="103"/>
        <source>Print &amp;agenda…</source>
        <translation>Печать повестки &amp;дня…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="95"/>
        <source>&amp;Run the assembly</source>
        <translation>&amp;Вести собрание</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="97"/>
        <source>The live view: the item on the floor, the speakers and their time, the vote as hands are counted</source>
        <translation>Ведение собрания: вопрос на обсуждении, выступающие и их время, голосование по мере подсчёта рук</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="99"/>
        <source>E&amp;lection…</source>
        <translation>&amp;Выборы…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="101"/>
        <source>An election on an agenda item: the candidates, the votes, the counting commission, the mandates</source>
        <translation>Выборы по вопросу повестки: кандидаты, голоса, счётная комиссия, мандаты</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="105"/>
        <source>The notice of the assembly: date, place, the items and their times</source>
        <translation>Извещение о собрании: дата, место, вопросы повестки дня и время их рассмотрения</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="108"/>
        <source>Print &amp;sign-in sheet…</source>
        <translation>Печать листа &amp;регистрации…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="110"/>
        <source>The active members with a column to sign, and blank rows</source>
        <translation>Активные члены комитета с графой для подписи и пустые строки в конце</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="111"/>
        <source>Print &amp;minutes…</source>
        <translation>Печать про&amp;токола…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="112"/>
        <source>The protocol: present, heard, spoke, resolved, the votes</source>
        <translation>Протокол: присутствовали, слушали, выступили, постановили, голосования</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="113"/>
        <source>Print &amp;tally sheets…</source>
        <translation>Печать &amp;счётных листов…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="115"/>
        <source>Numbered sheets for counting hands on one item in a big hall, one for each counter</source>
        <translation>Пронумерованные листы для подсчёта рук по одному вопросу в большом зале, по одному на каждого счётчика</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="139"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="163"/>
        <source>&amp;Attendance</source>
        <translation>&amp;Явка</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="164"/>
        <source>&amp;Minutes</source>
        <translation>Прото&amp;кол</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="165"/>
        <source>No assembly is chosen. Plan one with “New assembly” (Ctrl+N).</source>
        <translation>Собрание не выбрано. Запланируйте его кнопкой «Новое собрание» (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="284"/>
        <source>This assembly is held: its minutes are a record. You agreed to change it; it stays open to changes until another assembly is chosen or the app is locked.</source>
        <translation>Это собрание проведено, его протокол — окончательный документ. Вы согласились его изменить: изменения разрешены, пока не выбрано другое собрание или программа не заблокирована.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="287"/>
        <source>This assembly is held: its minutes are a record. Changes are asked about first.</source>
        <translation>Это собрание проведено, его протокол — окончательный документ. Перед каждым изменением программа спросит подтверждение.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="289"/>
        <source>This assembly was cancelled. Changes are asked about first.</source>
        <translation>Это собрание отменено. Перед каждым изменением программа спросит подтверждение.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="386"/>
        <location filename="../../ui/views/assemblies_view.py" line="397"/>
        <source>Run the assembly</source>
        <translation>Ведение собрания</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="387"/>
        <source>The live view is for an assembly in progress, and No. {number} is marked {status}. Mark it as planned again to run it.</source>
        <translation>Ведение собрания — для идущего собрания, а № {number} отмечено как «{status}». Чтобы вести его, снова отметьте его запланированным.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="398"/>
        <source>Assembly No. {number} has no agenda yet: add its items on the Plan page first.</source>
        <translation>У собрания № {number} ещё нет повестки: сначала добавьте вопросы на вкладке «План».</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="413"/>
        <source>Election</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="413"/>
        <source>The &amp;item that holds the election:</source>
        <translation>&amp;Вопрос, по которому проходят выборы:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="436"/>
        <source>Mark assembly No. {number} as held? Its minutes then become a record.</source>
        <translation>Отметить собрание № {number} как проведённое? После этого его протокол станет окончательным документом.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="440"/>
        <source>It is dated {date}, which has not come yet.</source>
        <translation>Оно назначено на {date}, а этот день ещё не наступил.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="446"/>
        <source>Mark as held</source>
        <translation>Отметить как проведённое</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="454"/>
        <source>Mark assembly No. {number} as cancelled?</source>
        <translation>Отметить собрание № {number} как отменённое?</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="454"/>
        <source>Mark as cancelled</source>
        <translation>Отметить как отменённое</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="460"/>
        <source>Mark assembly No. {number} as planned again? Its minutes can then be changed without asking.</source>
        <translation>Вернуть собрание № {number} в запланированные? Тогда его протокол можно будет менять без подтверждения.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="461"/>
        <source>Mark as planned again</source>
        <translation>Вернуть в запланированные</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="491"/>
        <source>Print tally sheets</source>
        <translation>Печать счётных листов</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="514"/>
        <source>The agenda has no items yet: add them in the Plan tab.</source>
        <translation>В повестке дня ещё нет вопросов: добавьте их на вкладке «План».</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="492"/>
        <source>The &amp;item counted:</source>
        <translation>&amp;Вопрос, по которому считают:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="496"/>
        <source>How many &amp;sheets (one for each counter or sector):</source>
        <translation>Сколько &amp;листов (по одному на счётчика или сектор):</translation>
    </message>
</context>
<context>
    <name>AssemblyActionItemsModel</name>
    <message>
        <location filename="../../ui/models/assembly_action_items_model.py" line="60"/>
        <source>Task</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_action_items_model.py" line="60"/>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_action_items_model.py" line="60"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_action_items_model.py" line="60"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>AssemblyDialog</name>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="85"/>
        <source>New assembly</source>
        <translation>Новое собрание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="85"/>
        <source>Assembly details</source>
        <translation>Данные собрания</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="99"/>
        <source>— nobody chosen —</source>
        <translation>— никто не выбран —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="103"/>
        <source>The committee&apos;s active members</source>
        <translation>Активные члены комитета</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="104"/>
        <source>A number of people:</source>
        <translation>Число людей:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="111"/>
        <source>More than half of those entitled</source>
        <translation>Больше половины имеющих право участвовать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="112"/>
        <source>A fixed number</source>
        <translation>Определённое число</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="113"/>
        <source>A fraction of those entitled</source>
        <translation>Доля имеющих право участвовать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="119"/>
        <source>One name a line; guests do not vote</source>
        <translation>По одному имени в строке; гости не голосуют</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="120"/>
        <source>Cop&amp;y the agenda of assembly:</source>
        <translation>Ск&amp;опировать повестку собрания:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="136"/>
        <source>Entitled to take p&amp;art:</source>
        <translation>Имеют право у&amp;частвовать:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="138"/>
        <source>In&amp;vited guests:</source>
        <translation>При&amp;глашённые:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="143"/>
        <source>&amp;Quorum:</source>
        <translation>&amp;Кворум:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="146"/>
        <source>Protocol &amp;number:</source>
        <translation>&amp;Номер протокола:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="147"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="148"/>
        <source>&amp;Title:</source>
        <translation>Н&amp;азвание:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="149"/>
        <source>&amp;Starts:</source>
        <translation>Нача&amp;ло:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="150"/>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="151"/>
        <source>&amp;Chair:</source>
        <translation>&amp;Председатель:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="152"/>
        <source>S&amp;ecretary:</source>
        <translation>&amp;Секретарь:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="191"/>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="223"/>
        <source>Quorum and an absolute majority are counted over the committee&apos;s active members.</source>
        <translation>Кворум и абсолютное большинство считаются от числа активных членов комитета.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="225"/>
        <source>The workers of the enterprise or unit who may take part; those who sign in are counted at the door.</source>
        <translation>Работники предприятия или подразделения, которые вправе участвовать; пришедших считают при регистрации у входа.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="227"/>
        <source>The delegates elected to the conference or council.</source>
        <translation>Делегаты, избранные на конференцию или в совет.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="229"/>
        <source>Everyone who may take part and vote.</source>
        <translation>Все, кто вправе участвовать и голосовать.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="248"/>
        <source>Protocol number {number} is already used by another assembly.</source>
        <translation>Номер протокола {number} уже занят другим собранием.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="250"/>
        <source>Write how many may take part, or choose the committee&apos;s active members.</source>
        <translation>Укажите, сколько людей вправе участвовать, или выберите активных членов комитета.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="257"/>
        <source>Write how many must be registered for quorum, for example 25.</source>
        <translation>Укажите, сколько человек должно зарегистрироваться для кворума, например 25.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="258"/>
        <source>Write the share of those entitled as a fraction, for example 1/2 or 2/3.</source>
        <translation>Укажите долю имеющих право участвовать дробью, например 1/2 или 2/3.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="269"/>
        <source>Assembly No. {other} is dated {date}, after this No. {number}: check the number or the date.</source>
        <translation>Собрание № {other} назначено на {date}, позже этого № {number}: проверьте номер или дату.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="275"/>
        <source>Assembly No. {other} is dated {date}, before this No. {number}: check the number or the date.</source>
        <translation>Собрание № {other} назначено на {date}, раньше этого № {number}: проверьте номер или дату.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="289"/>
        <source>Protocol numbers and dates</source>
        <translation>Номера и даты протоколов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="289"/>
        <source>Save it as it is?</source>
        <translation>Сохранить как есть?</translation>
    </message>
</context>
<context>
    <name>AssemblyEditing</name>
    <message>
        <location filename="../../ui/views/assembly_editing.py" line="55"/>
        <source>This assembly is held; its minutes are a record. Change it anyway?</source>
        <translation>Это собрание уже проведено, его протокол — окончательный документ. Всё равно изменить?</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_editing.py" line="57"/>
        <source>This assembly was cancelled. Change it anyway?</source>
        <translation>Это собрание отменено. Всё равно изменить?</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_editing.py" line="58"/>
        <source>Change a record</source>
        <translation>Изменение документа</translation>
    </message>
</context>
<context>
    <name>AssemblyFormatting</name>
    <message>
        <location filename="../../ui/models/assembly_formatting.py" line="57"/>
        <source>Registered at least: {count}</source>
        <translation>Зарегистрировались не менее: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_formatting.py" line="59"/>
        <source>At least {numerator}/{denominator} of those entitled</source>
        <translation>Не менее {numerator}/{denominator} имеющих право участвовать</translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_formatting.py" line="62"/>
        <source>More than half of those entitled</source>
        <translation>Больше половины имеющих право участвовать</translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_formatting.py" line="92"/>
        <source>No. {number}: {question} ({counts})</source>
        <translation>№ {number}: {question} ({counts})</translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_formatting.py" line="95"/>
        <source>No. {number}, {date}: {question} ({counts})</source>
        <translation>№ {number}, {date}: {question} ({counts})</translation>
    </message>
</context>
<context>
    <name>AssemblyListModel</name>
    <message>
        <location filename="../../ui/models/assembly_list_model.py" line="75"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_list_model.py" line="75"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_list_model.py" line="75"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_list_model.py" line="75"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_list_model.py" line="75"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="92"/>
        <source>Not marked</source>
        <translation>Не отмечено</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="114"/>
        <source>Member</source>
        <translation>Член комитета</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="114"/>
        <source>Workplace</source>
        <translation>Место работы</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="114"/>
        <source>Presence</source>
        <translation>Присутствие</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="64"/>
        <source>&amp;Present / not present</source>
        <translation>&amp;Присутствует / нет</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="66"/>
        <source>Tick or untick the selected members</source>
        <translation>Поставить или снять отметку у выбранных</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="67"/>
        <source>&amp;Excused</source>
        <translation>По &amp;уважительной причине</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="68"/>
        <source>A&amp;bsent</source>
        <translation>&amp;Отсутствует</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="69"/>
        <source>&amp;Not marked</source>
        <translation>&amp;Не отмечено</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="70"/>
        <source>Mark &amp;all present</source>
        <translation>Отметить &amp;всех присутствующими</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="71"/>
        <source>Mark every member in the list present (only those found, while searching)</source>
        <translation>Отметить присутствующими всех в списке (при поиске — только найденных)</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="72"/>
        <source>&amp;Clear</source>
        <translation>О&amp;чистить</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="73"/>
        <source>Forget the marks of every member in the list</source>
        <translation>Снять отметки у всех в списке</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="74"/>
        <source>&amp;Find</source>
        <translation>На&amp;йти</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="82"/>
        <source>Name, phone, workplace or shop</source>
        <translation>Имя, телефон, место работы или цех</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="83"/>
        <source>F&amp;ind:</source>
        <translation>По&amp;иск:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="87"/>
        <source>Workers not in the member list: counted at the door or from the signed sheets</source>
        <translation>Работники, которых нет в списке членов: подсчитаны у входа или по листам регистрации</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="88"/>
        <source>Signed in at the &amp;door:</source>
        <translation>Зарегистрированы у вход&amp;а:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="91"/>
        <source>Invited guests do not vote and do not count towards quorum</source>
        <translation>Приглашённые гости не голосуют и не учитываются в кворуме</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="92"/>
        <source>&amp;Guests:</source>
        <translation>&amp;Гости:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="104"/>
        <source>Attendance</source>
        <translation>Явка</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="210"/>
        <source>Quorum reached: {registered} registered {base}; {required} needed</source>
        <translation>Кворум есть: зарегистрировались {registered} {base}; нужно {required}</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="213"/>
        <source>Missing {missing} for quorum: {registered} registered {base}; {required} needed</source>
        <translation>Для кворума не хватает {missing}: зарегистрировались {registered} {base}; нужно {required}</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="200"/>
        <source>Members present: {members}, at the door: {others}, guests: {guests}</source>
        <translation>Членов комитета: {members}, у входа: {others}, гостей: {guests}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/assembly_attendance.py" line="222"/>
        <source>of {count} active members of the committee</source>
        <translation>
            <numerusform>из {count} активного члена комитета</numerusform>
            <numerusform>из {count} активных членов комитета</numerusform>
            <numerusform>из {count} активных членов комитета</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/assembly_attendance.py" line="224"/>
        <source>of {count} workers entitled to take part</source>
        <translation>
            <numerusform>из {count} работника, имеющего право участвовать</numerusform>
            <numerusform>из {count} работников, имеющих право участвовать</numerusform>
            <numerusform>из {count} работников, имеющих право участвовать</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/assembly_attendance.py" line="226"/>
        <source>of {count} delegates elected</source>
        <translation>
            <numerusform>из {count} избранного делегата</numerusform>
            <numerusform>из {count} избранных делегатов</numerusform>
            <numerusform>из {count} избранных делегатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/assembly_attendance.py" line="228"/>
        <source>of {count} entitled to take part</source>
        <translation>
            <numerusform>из {count} имеющего право участвовать</numerusform>
            <numerusform>из {count} имеющих право участвовать</numerusform>
            <numerusform>из {count} имеющих право участвовать</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="258"/>
        <source>Clear the presence marks of the members listed ({count})?</source>
        <translation>Снять отметки о явке у показанных членов комитета ({count})?</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="259"/>
        <source>Clear attendance</source>
        <translation>Очистить отметки явки</translation>
    </message>
</context>
<context>
    <name>BackupsTableModel</name>
    <message>
        <location filename="../../ui/models/assembly_formatting.py" line="77"/>
        <source>{size} GB</source>
        <translation>{size} ГБ</translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_formatting.py" line="78"/>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_formatting.py" line="79"/>
        <source>{size} KB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_formatting.py" line="83"/>
        <source>{size} bytes</source>
        <translation>{size} байт</translation>
    </message>
    <message>
        <location filename="../../ui/models/backups_model.py" line="54"/>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../../ui/models/backups_model.py" line="54"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/models/backups_model.py" line="54"/>
        <source>Verified contents</source>
        <translation>Проверенное содержимое</translation>
    </message>
    <message>
        <location filename="../../ui/models/backups_model.py" line="54"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/models/backups_model.py" line="76"/>
        <source>not verified from this laptop</source>
        <translation>не проверялась с этого ноутбука</translation>
    </message>
    <message>
        <location filename="../../ui/models/backups_model.py" line="77"/>
        <source>{members} members, {assemblies} assemblies, {demands} demands (verified {when})</source>
        <translation>членов комитета — {members}, собраний — {assemblies}, требований — {demands} (проверено {when})</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <location filename="../../ui/views/backups_view.py" line="69"/>
        <source>Back up &amp;to:</source>
        <translation>&amp;Куда копировать:</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="71"/>
        <source>&amp;Look for sticks</source>
        <translation>&amp;Найти флешки</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="75"/>
        <source>&amp;Back up now</source>
        <translation>Создать копию с&amp;ейчас</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="77"/>
        <source>Write an encrypted backup to the chosen place and verify it (Ctrl+B)</source>
        <translation>Записать зашифрованную резервную копию в выбранное место и проверить её (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="93"/>
        <source>Use the store&apos;s passphrase</source>
        <translation>Использовать парольную фразу хранилища</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="103"/>
        <source>Make a backup</source>
        <translation>Создание резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="127"/>
        <source>&amp;Restore…</source>
        <translation>Восс&amp;тановить…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="136"/>
        <source>Backups in this place</source>
        <translation>Резервные копии в этом месте</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="149"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="154"/>
        <source>The encrypted store: {path}</source>
        <translation>Зашифрованное хранилище: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="170"/>
        <source>No backup has been verified yet. Make one now, and keep the stick apart from the laptop.</source>
        <translation>Ни одна резервная копия ещё не проверена. Создайте копию сейчас и храните флешку отдельно от ноутбука.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="186"/>
        <source>Backups are encrypted with a separate backup passphrase.</source>
        <translation>Резервные копии шифруются отдельной парольной фразой для копий.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="187"/>
        <source>Change the backup passphrase…</source>
        <translation>Сменить парольную фразу копий…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="189"/>
        <source>Backups are encrypted with the store&apos;s passphrase.</source>
        <translation>Резервные копии шифруются парольной фразой хранилища.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="190"/>
        <source>Use a separate passphrase…</source>
        <translation>Задать отдельную парольную фразу…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="203"/>
        <source>{name} ({root}), {free} free</source>
        <translation>{name} ({root}), свободно {free}</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="209"/>
        <source>Folder: {path}</source>
        <translation>Папка: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="215"/>
        <source>No USB stick is plugged in. Plug one in and press “Look for sticks”, or choose a folder.</source>
        <translation>Флешка не вставлена. Вставьте её и нажмите «Найти флешки» или выберите папку.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="228"/>
        <source>Choose a folder for backups</source>
        <translation>Выберите папку для резервных копий</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="239"/>
        <source>Choose where the backups are.</source>
        <translation>Выберите, где лежат резервные копии.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="241"/>
        <source>{path} is not there any more. Was the stick removed?</source>
        <translation>{path} больше нет. Флешку вынули?</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="247"/>
        <source>{path} cannot be read ({reason}).</source>
        <translation>Не удаётся прочитать {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="252"/>
        <source>No backups in {path} yet.</source>
        <translation>В {path} пока нет резервных копий.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="173"/>
        <source>Last verified backup: {when}. It held {members} members, {assemblies} assemblies, {demands} demands.</source>
        <translation>Последняя проверенная копия: {when}. В ней: членов комитета — {members}, собраний — {assemblies}, требований — {demands}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="254"/>
        <source>Backups in {path}, newest first:</source>
        <translation>Резервные копии в {path}, сначала новые:</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="286"/>
        <source>Separate backup passphrase</source>
        <translation>Отдельная парольная фраза для копий</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="287"/>
        <source>Backups made from now on open with the separate backup passphrase. Older backups keep theirs.</source>
        <translation>Копии, созданные с этого момента, открываются отдельной парольной фразой. Прежние копии открываются своей.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="291"/>
        <source>Make backups with the store&apos;s passphrase again? Older backups keep the passphrase they were made with.</source>
        <translation>Снова шифровать копии парольной фразой хранилища? Прежние копии по-прежнему открываются той фразой, с которой созданы.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="292"/>
        <source>Backup passphrase</source>
        <translation>Парольная фраза копий</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="321"/>
        <source>Type the store&apos;s passphrase to write an encrypted backup to {path}.</source>
        <translation>Введите парольную фразу хранилища, чтобы записать зашифрованную резервную копию в {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="324"/>
        <source>The backup will open with the separate backup passphrase.</source>
        <translation>Копия будет открываться отдельной парольной фразой для копий.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="76"/>
        <location filename="../../ui/views/backups_view.py" line="313"/>
        <location filename="../../ui/views/backups_view.py" line="325"/>
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="73"/>
        <source>Choose a fol&amp;der…</source>
        <translation>Выбрать &amp;папку…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="125"/>
        <source>Ver&amp;ify…</source>
        <translation>П&amp;роверить…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="129"/>
        <source>Restore from &amp;another file…</source>
        <translation>Восстановить из &amp;другого файла…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="315"/>
        <source>No stick or backup folder is here. Plug in the stick, choose it and press “Back up now”: that backup will retire the older ones, which still hold the erased person.</source>
        <translation>Ни флешки, ни папки для копий нет. Вставьте флешку, выберите её и нажмите «Создать копию сейчас»: эта копия уберёт прежние, в которых стёртый человек ещё есть.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="325"/>
        <source>Store &amp;passphrase:</source>
        <translation>&amp;Парольная фраза хранилища:</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="330"/>
        <source>Writing the encrypted backup to {path}…</source>
        <translation>Запись зашифрованной копии в {path}…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="331"/>
        <source>Reading the backup back from {path} and checking every part…</source>
        <translation>Копия считывается обратно из {path}, проверяется каждая часть…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="334"/>
        <location filename="../../ui/views/backups_view.py" line="470"/>
        <source>Checking the passphrase…</source>
        <translation>Проверка парольной фразы…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="334"/>
        <source>Taking a snapshot of the records…</source>
        <translation>Снимок записей…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="352"/>
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="364"/>
        <source>The backup was written and read back whole from {path}.</source>
        <translation>Копия записана и целиком прочитана обратно из {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="372"/>
        <source>Older backups of this store overwritten and removed there: {count}. Copies on other sticks or computers still hold the erased person: retire them too.</source>
        <translation>Прежних копий этого хранилища там затёрто и удалено: {count}. Копии на других флешках и компьютерах всё ещё хранят стёртого человека: уберите и их.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="377"/>
        <source>Older backups removed there: {count}.</source>
        <translation>Удалено старых копий там: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="379"/>
        <source>Eject the stick safely (Eject or Safely Remove in the system) before pulling it out, or the backup may be lost.</source>
        <translation>Перед тем как вынуть флешку, извлеките её безопасно («Извлечь» или «Безопасное извлечение» в системе), иначе копия может пропасть.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="382"/>
        <location filename="../../ui/views/backups_view.py" line="437"/>
        <source>Backup verified</source>
        <translation>Копия проверена</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="385"/>
        <source>Verified: {members} members, {assemblies} assemblies, {demands} demands.</source>
        <translation>Проверено: членов комитета — {members}, собраний — {assemblies}, требований — {demands}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="400"/>
        <source>Verify backup</source>
        <translation>Проверка копии</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="402"/>
        <source>Reads {name} back whole and checks every part. Type the passphrase it was made with (the store&apos;s, or the separate backup passphrase).</source>
        <translation>Файл {name} будет прочитан целиком, каждая часть проверена. Введите парольную фразу, с которой создана копия (фразу хранилища или отдельную фразу для копий).</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="405"/>
        <location filename="../../ui/views/backups_view.py" line="460"/>
        <source>Backup &amp;passphrase:</source>
        <translation>Парольная фраза &amp;копии:</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="413"/>
        <location filename="../../ui/views/backups_view.py" line="468"/>
        <source>Reading {name} and checking every part…</source>
        <translation>Чтение {name} и проверка каждой части…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="436"/>
        <source>The backup {name} is whole.</source>
        <translation>Копия {name} цела.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="447"/>
        <location filename="../../ui/views/backups_view.py" line="455"/>
        <location filename="../../ui/views/backups_view.py" line="508"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="447"/>
        <source>Committee Desk backups (*.cdbk)</source>
        <translation>Резервные копии Committee Desk (*.cdbk)</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="457"/>
        <source>The backup {name} is read and checked whole first; nothing changes until you confirm. Afterwards the records open with this store&apos;s passphrase, as now.</source>
        <translation>Сначала копия {name} будет целиком прочитана и проверена; до вашего подтверждения ничего не меняется. После восстановления записи открываются парольной фразой этого хранилища, как сейчас.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="460"/>
        <source>This &amp;store&apos;s passphrase:</source>
        <translation>Парольная фраза &amp;хранилища:</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="498"/>
        <source>Replace all the records on this laptop with the backup {name}?

It holds {members} members, {assemblies} assemblies and {demands} demands.

The records on this laptop now are kept, unchanged, as {aside}.</source>
        <translation>Заменить все записи на этом ноутбуке резервной копией {name}?

В ней: членов комитета — {members}, собраний — {assemblies}, требований — {demands}.

Записи, которые сейчас на ноутбуке, сохранятся без изменений как {aside}.</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/bundle_export_dialog.py" line="13"/>
        <source>Export for the council</source>
        <translation>Экспорт для совета</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_export_dialog.py" line="15"/>
        <source>The bundle holds the committee&apos;s name, its held assemblies (date, kind, how many were entitled and registered, whether there was a quorum), their resolutions with the votes, and the adopted demands with their votes, status and history. No member is named in it, and no phone or workplace is in it.</source>
        <translation>В пакете: название комитета, проведённые собрания (дата, вид, сколько имели право участвовать и сколько зарегистрировалось, был ли кворум), их постановления с итогами голосования и принятые требования с голосованием, статусом и историей. Ни один член в нём не назван, телефонов и мест работы в нём нет.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_export_dialog.py" line="20"/>
        <source>Export for the committees</source>
        <translation>Экспорт для комитетов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_export_dialog.py" line="22"/>
        <source>The bundle holds the council&apos;s name, its held assemblies (counts, no names), their resolutions with the votes, and the common demands the council adopted, with their status and history. No member is named in it, and no phone or workplace is in it.</source>
        <translation>В пакете: название совета, проведённые собрания (только числа, без имён), их постановления с итогами голосования и принятые советом общие требования со статусом и историей. Ни один член в нём не назван, телефонов и мест работы в нём нет.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_export_dialog.py" line="31"/>
        <source>The bundle is encrypted with a passphrase the committee and the council agree on. Say it in person: never on the same stick, and never by phone.</source>
        <translation>Пакет шифруется парольной фразой, о которой договорились комитет и совет. Сообщайте её только лично: никогда на той же флешке и никогда по телефону.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_export_dialog.py" line="35"/>
        <source>Include the &amp;delegates&apos; names (names only: no phones or workplaces)</source>
        <translation>Включить имена &amp;делегатов (только имена: без телефонов и мест работы)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_export_dialog.py" line="37"/>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Выбрать, куда сохранить…</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../../ui/models/candidates_model.py" line="45"/>
        <source>elected</source>
        <translation>избран(а)</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidates_model.py" line="47"/>
        <source>tie</source>
        <translation>поровну</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidates_model.py" line="86"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidates_model.py" line="86"/>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidates_model.py" line="86"/>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidates_model.py" line="86"/>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="329"/>
        <source>Unresolved items</source>
        <translation>Нерешённые вопросы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="332"/>
        <source>These items of assembly No. {number} were left unresolved (no decision, or every vote failed). Ticked items are added to the new agenda:</source>
        <translation>Эти вопросы собрания № {number} остались нерешёнными (решение не принято или ни одно голосование не прошло). Отмеченные вопросы будут добавлены в новую повестку:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="343"/>
        <source>&amp;Add ticked items</source>
        <translation>&amp;Добавить отмеченные</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="344"/>
        <source>&amp;Not now</source>
        <translation>&amp;Не сейчас</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="19"/>
        <source>Change passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="28"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="39"/>
        <source>Type the current passphrase.</source>
        <translation>Введите текущую парольную фразу.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/commands.py" line="164"/>
        <source>{command} ({shortcuts})</source>
        <translation>{command} ({shortcuts})</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="39"/>
        <source>Your committee</source>
        <translation>Ваш комитет</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="40"/>
        <source>Committee Desk keeps the committee&apos;s records encrypted on this computer only.</source>
        <translation>Committee Desk хранит записи комитета в зашифрованном виде и только на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="51"/>
        <source>A new laptop for a committee that has a backup? Restore its records instead of starting anew.</source>
        <translation>Новый ноутбук, а у комитета есть резервная копия? Восстановите записи из неё, а не начинайте заново.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="54"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="56"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="57"/>
        <source>Committee &amp;name:</source>
        <translation>&amp;Название комитета:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="58"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
</context>
<context>
    <name>CouncilView</name>
    <message>
        <location filename="../../ui/views/council_view.py" line="69"/>
        <location filename="../../ui/views/council_view.py" line="89"/>
        <source>Council</source>
        <translation>Совет</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="72"/>
        <source>&amp;Import a bundle…</source>
        <translation>&amp;Импортировать пакет…</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="73"/>
        <source>Take in a bundle from a committee, or from the council</source>
        <translation>Принять пакет от комитета или от совета</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="74"/>
        <location filename="../../ui/views/council_view.py" line="116"/>
        <source>&amp;Export for the council…</source>
        <translation>&amp;Экспорт для совета…</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="75"/>
        <source>Link as the &amp;same demand</source>
        <translation>Связать как &amp;одно требование</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="77"/>
        <source>The chosen committees&apos; demands become one common demand of the council, proposed to it</source>
        <translation>Выбранные требования комитетов становятся одним общим требованием совета, предложенным ему</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="79"/>
        <source>Link &amp;to a common demand…</source>
        <translation>Связать с об&amp;щим требованием…</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="80"/>
        <source>&amp;Unlink</source>
        <translation>&amp;Разорвать связь</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="81"/>
        <source>&amp;Remove a committee&apos;s records…</source>
        <translation>&amp;Удалить записи комитета…</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="83"/>
        <source>Everything one committee&apos;s bundles brought here goes; its next bundle brings it back</source>
        <translation>Удаляется всё, что принесли пакеты одного комитета; его следующий пакет вернёт это</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="85"/>
        <source>&amp;Print common demands…</source>
        <translation>&amp;Печать общих требований…</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="86"/>
        <source>The common demands with the committees that adopted each, and how they voted</source>
        <translation>Общие требования с комитетами, принявшими каждое, и итогами их голосования</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="104"/>
        <source>&amp;Demands</source>
        <translation>&amp;Требования</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="105"/>
        <source>Reso&amp;lutions</source>
        <translation>Постановл&amp;ения</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="116"/>
        <source>&amp;Export for the committees…</source>
        <translation>&amp;Экспорт для комитетов…</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="118"/>
        <source>Write the council&apos;s resolutions and common demands in a bundle for its committees</source>
        <translation>Записать постановления и общие требования совета в пакет для его комитетов</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="120"/>
        <source>Write the held assemblies, resolutions and adopted demands in a bundle for the council</source>
        <translation>Записать проведённые собрания, постановления и принятые требования в пакет для совета</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="138"/>
        <source>No committee&apos;s bundle has been imported yet. Each committee writes one with File → Export for the council…; import it here with Import a bundle… (Ctrl+I).</source>
        <translation>Пакеты комитетов ещё не импортированы. Каждый комитет записывает свой через Файл → Экспорт для совета…; импортируйте его здесь командой «Импортировать пакет…» (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="141"/>
        <source>Nothing has come from the council yet. Its bundle is imported with Import a bundle… (Ctrl+I).</source>
        <translation>От совета пока ничего не поступало. Его пакет импортируется командой «Импортировать пакет…» (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="145"/>
        <source>{name}: bundle written {made}, imported {imported}; {assemblies} held assemblies, {demands} adopted demands</source>
        <translation>{name}: пакет записан {made}, импортирован {imported}; проведённых собраний: {assemblies}, принятых требований: {demands}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/council_view.py" line="154"/>
        <source>; %n delegate(s) named</source>
        <translation>
            <numerusform>; назван %n делегат</numerusform>
            <numerusform>; названы %n делегата</numerusform>
            <numerusform>; названо %n делегатов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="185"/>
        <source>Export for the council</source>
        <translation>Экспорт для совета</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="185"/>
        <source>Export for the committees</source>
        <translation>Экспорт для комитетов</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="191"/>
        <location filename="../../ui/views/council_view.py" line="229"/>
        <source>Committee Desk bundle</source>
        <translation>Пакет Committee Desk</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="202"/>
        <source>No member is named in it.</source>
        <translation>Ни один член в нём не назван.</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="204"/>
        <source>It names {count} delegates (names only). Keep the stick safe.</source>
        <translation>В нём названы делегаты: {count} (только имена). Берегите флешку.</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="209"/>
        <source>Wrote {path}: {assemblies} held assemblies, {demands} adopted demands.</source>
        <translation>Записан {path}: проведённых собраний: {assemblies}, принятых требований: {demands}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="219"/>
        <source>Writing the bundle…</source>
        <translation>Запись пакета…</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="229"/>
        <location filename="../../ui/views/council_view.py" line="236"/>
        <location filename="../../ui/views/council_view.py" line="275"/>
        <source>Import a bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="241"/>
        <source>The passphrase the committee and the council agreed on for {name}:</source>
        <translation>Парольная фраза, о которой договорились комитет и совет, для {name}:</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="242"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="280"/>
        <source>{file}: not imported. {reason}</source>
        <translation>{file}: не импортирован. {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="282"/>
        <source>Imported the bundle of {name} written on {made}: {assemblies} held assemblies, {demands} adopted demands.</source>
        <translation>Импортирован пакет «{name}», записанный {made}: проведённых собраний: {assemblies}, принятых требований: {demands}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="285"/>
        <source>Updated from the bundle of {name} written on {made}: {assemblies} held assemblies, {demands} adopted demands.</source>
        <translation>Обновлено из пакета «{name}», записанного {made}: проведённых собраний: {assemblies}, принятых требований: {demands}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="291"/>
        <source>Its earlier bundle named it «{name}». If that is not the same committee, remove these records (Remove a committee&apos;s records…) and ask which committee wrote this bundle.</source>
        <translation>В его прежнем пакете он назывался «{name}». Если это не тот же комитет, удалите эти записи («Удалить записи комитета…») и выясните, какой комитет записал этот пакет.</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="267"/>
        <source>Importing the bundle…</source>
        <translation>Импорт пакета…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/council_view.py" line="305"/>
        <source>%n demand(s) linked as one common demand, «{title}». It is proposed to the council: adopt it in Demands.</source>
        <translation>
            <numerusform>%n требование связано в одно общее требование «{title}». Оно выдвинуто совету: примите его в разделе «Требования».</numerusform>
            <numerusform>%n требования связаны в одно общее требование «{title}». Оно выдвинуто совету: примите его в разделе «Требования».</numerusform>
            <numerusform>%n требований связаны в одно общее требование «{title}». Оно выдвинуто совету: примите его в разделе «Требования».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="318"/>
        <location filename="../../ui/views/council_view.py" line="324"/>
        <source>Link to a common demand</source>
        <translation>Связать с общим требованием</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="319"/>
        <source>The council has no common demand yet: use Link as the same demand to make one.</source>
        <translation>У совета ещё нет общих требований: создайте его командой «Связать как одно требование».</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="324"/>
        <source>The &amp;common demand:</source>
        <translation>&amp;Общее требование:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/council_view.py" line="333"/>
        <source>%n demand(s) linked to «{title}».</source>
        <translation>
            <numerusform>%n требование связано с «{title}».</numerusform>
            <numerusform>%n требования связаны с «{title}».</numerusform>
            <numerusform>%n требований связаны с «{title}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/council_view.py" line="341"/>
        <source>%n demand(s) no longer linked to a common demand.</source>
        <translation>
            <numerusform>%n требование больше не связано с общим требованием.</numerusform>
            <numerusform>%n требования больше не связаны с общим требованием.</numerusform>
            <numerusform>%n требований больше не связаны с общим требованием.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="346"/>
        <source>Remove a committee&apos;s records</source>
        <translation>Удалить записи комитета</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="348"/>
        <source>Whose &amp;records:</source>
        <translation>Чьи &amp;записи:</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="353"/>
        <source>Remove everything the bundles of {name} brought here: {assemblies} held assemblies and {demands} adopted demands, and their links to the common demands? The council&apos;s own demands stay. Its next bundle brings them back.</source>
        <translation>Удалить всё, что принесли пакеты «{name}»: проведённые собрания ({assemblies}), принятые требования ({demands}) и их связи с общими требованиями? Собственные требования совета останутся. Следующий пакет комитета вернёт эти записи.</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="362"/>
        <source>The records of {name} were removed.</source>
        <translation>Записи «{name}» удалены.</translation>
    </message>
</context>
<context>
    <name>DelegatesDialog</name>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="113"/>
        <source>Delegates and their mandates</source>
        <translation>Делегаты и их мандаты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="115"/>
        <source>Only mandates &amp;held today</source>
        <translation>Только &amp;действующие сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="129"/>
        <source>No mandates yet. An election on an agenda item (Assemblies → Election…) gives them once its result is declared.</source>
        <translation>Мандатов пока нет. Их даёт выборы по вопросу повестки (Собрания → Выборы…), когда объявлены их итоги.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="132"/>
        <source>&amp;Recall…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="134"/>
        <source>&amp;Print the list…</source>
        <translation>&amp;Печать списка…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="136"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>DemandDialog</name>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="100"/>
        <source>New demand</source>
        <translation>Новое требование</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="100"/>
        <source>Edit demand</source>
        <translation>Изменить требование</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="110"/>
        <source>Demands of high priority come first in the list and on paper.</source>
        <translation>Требования с высоким приоритетом идут первыми в списке и в документе.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="113"/>
        <source>The employer, the akimat, a ministry…</source>
        <translation>Работодатель, акимат, министерство…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="121"/>
        <source>&amp;Demand:</source>
        <translation>&amp;Требование:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="122"/>
        <source>&amp;Text:</source>
        <translation>Т&amp;екст:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="123"/>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="124"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="125"/>
        <source>&amp;Addressed to:</source>
        <translation>Кому &amp;адресовано:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="127"/>
        <source>The day the demand was put forward, which may be before today.</source>
        <translation>День, когда требование было выдвинуто; может быть раньше сегодняшнего.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="128"/>
        <source>Proposed &amp;on:</source>
        <translation>&amp;Выдвинуто:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="140"/>
        <source>The date cannot be in the future: today is {today}.</source>
        <translation>Дата не может быть в будущем: сегодня {today}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="77"/>
        <source>Write the demand in a few words.</source>
        <translation>Напишите требование в нескольких словах.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="80"/>
        <source>The text is too long: {length} characters, at most {limit}.</source>
        <translation>Текст слишком длинный: символов {length}, а можно не больше {limit}.</translation>
    </message>
</context>
<context>
    <name>DemandHistoryModel</name>
    <message>
        <location filename="../../ui/models/demands_model.py" line="271"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="271"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="271"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="280"/>
        <source>Typed in on {moment}</source>
        <translation>Записано {moment}</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="289"/>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
</context>
<context>
    <name>DemandStatusDialog</name>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="53"/>
        <source>Change the demand&apos;s status</source>
        <translation>Изменить статус требования</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="61"/>
        <source>The day it happened, which may be before today.</source>
        <translation>День, когда это произошло; может быть раньше сегодняшнего.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="65"/>
        <source>Choose the vote that adopted it…</source>
        <translation>Выберите голосование, которым оно принято…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="68"/>
        <source>Adopted without a recorded vote</source>
        <translation>Принято без записанного голосования</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="70"/>
        <source>No carried vote is recorded yet. Record the vote in its assembly first, or adopt without one.</source>
        <translation>Пока не записано ни одного голосования, по которому решение принято. Сначала запишите голосование в протоколе его собрания или отметьте принятие без голосования.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="74"/>
        <source>Why, who decided, what was said: kept in the demand&apos;s history.</source>
        <translation>Почему, кто решил, что было сказано — сохранится в истории требования.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="83"/>
        <source>Status now:</source>
        <translation>Текущий статус:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="84"/>
        <source>&amp;New status:</source>
        <translation>&amp;Новый статус:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="86"/>
        <source>Adopted by &amp;vote:</source>
        <translation>Принято &amp;голосованием:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="88"/>
        <source>N&amp;ote:</source>
        <translation>П&amp;римечание:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="113"/>
        <source>Choose the vote that adopted the demand, or “Adopted without a recorded vote”.</source>
        <translation>Выберите голосование, которым принято требование, или «Принято без записанного голосования».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="115"/>
        <source>The date cannot be in the future: today is {today}.</source>
        <translation>Дата не может быть в будущем: сегодня {today}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="117"/>
        <source>The date cannot be before the demand&apos;s last change, on {date}.</source>
        <translation>Дата не может быть раньше последнего изменения требования — {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="134"/>
        <source>&amp;Presented on:</source>
        <translation>&amp;Вручено:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="134"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="137"/>
        <source>“{status}” is final: the demand&apos;s status cannot change after this.</source>
        <translation>Статус «{status}» окончательный: после него статус требования изменить нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="150"/>
        <source>Mark “{title}” as {status}? This cannot be undone: after it, the demand&apos;s status cannot change.</source>
        <translation>Отметить требование «{title}» как «{status}»? Это нельзя отменить: после этого статус требования больше не изменится.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="152"/>
        <source>Final status</source>
        <translation>Окончательный статус</translation>
    </message>
</context>
<context>
    <name>DemandsTableModel</name>
    <message>
        <location filename="../../ui/models/demands_model.py" line="78"/>
        <source>Demand</source>
        <translation>Требование</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="79"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="80"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="81"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="82"/>
        <source>Adopted by</source>
        <translation>Принято на собрании</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="83"/>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="84"/>
        <source>Deadline</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="151"/>
        <source>No. {number} ({votes_for}–{votes_against}–{votes_abstain})</source>
        <translation>№ {number} ({votes_for}–{votes_against}–{votes_abstain})</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="157"/>
        <source>No. {number}, {date} ({votes_for}–{votes_against}–{votes_abstain})</source>
        <translation>№ {number}, {date} ({votes_for}–{votes_against}–{votes_abstain})</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="167"/>
        <source>Adopted by assembly No. {number}: “{question}” — {votes_for} for, {votes_against} against, {votes_abstain} abstained</source>
        <translation>Принято на собрании № {number}: «{question}» — «за» {votes_for}, «против» {votes_against}, «воздержались» {votes_abstain}</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="191"/>
        <source>Deadline passed {count} days ago</source>
        <translation>Срок истёк {count} дн. назад</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="193"/>
        <source>Deadline passed yesterday</source>
        <translation>Срок истёк вчера</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="195"/>
        <source>Deadline is today</source>
        <translation>Срок — сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="197"/>
        <source>Deadline is tomorrow</source>
        <translation>Срок — завтра</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="198"/>
        <source>Deadline in {count} days</source>
        <translation>До срока {count} дн.</translation>
    </message>
</context>
<context>
    <name>DemandsView</name>
    <message>
        <location filename="../../ui/views/demands_view.py" line="70"/>
        <location filename="../../ui/views/demands_view.py" line="113"/>
        <source>Demands</source>
        <translation>Требования</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="76"/>
        <source>&amp;New demand…</source>
        <translation>&amp;Новое требование…</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="77"/>
        <source>Write down a demand proposed to the committee</source>
        <translation>Записать требование, предложенное комитету</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="78"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="79"/>
        <source>Change the wording, category, priority or addressee</source>
        <translation>Изменить формулировку, категорию, приоритет или адресата</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="80"/>
        <source>Edit &amp;follow-up…</source>
        <translation>Вручение и &amp;ответ…</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="81"/>
        <source>To whom and when it was presented, the deadline given, the response</source>
        <translation>Кому и когда вручено, какой дан срок, какой получен ответ</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="82"/>
        <source>Change &amp;status…</source>
        <translation>Изменить &amp;статус…</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="83"/>
        <source>&amp;Print demands…</source>
        <translation>Печать &amp;требований…</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="85"/>
        <source>The adopted demands, numbered, with the vote that adopted each: ready to hand over</source>
        <translation>Принятые требования, пронумерованные, с итогами голосования по каждому — готовый документ для вручения</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="93"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="94"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="97"/>
        <source>Proposed, adopted, presented, under negotiation or partially met: the status can still change</source>
        <translation>Выдвинутые, принятые, предъявленные, на переговорах или выполненные частично: статус ещё может измениться</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="154"/>
        <source>From the council (read-only; a newer bundle from the council updates them)</source>
        <translation>От совета (только чтение; их обновляет более новый пакет совета)</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="312"/>
        <source>Move the selected demand on: adopted, presented, under negotiation, met, refused…</source>
        <translation>Продвинуть выбранное требование: принято, предъявлено, на переговорах, выполнено, отказано…</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="100"/>
        <source>Closed</source>
        <translation>Закрытые</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="103"/>
        <source>Met, refused, rejected or withdrawn: the status is final</source>
        <translation>Выполненные, с отказом, отклонённые или отозванные: статус окончательный</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="111"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="175"/>
        <source>Addressed to:</source>
        <translation>Адресат:</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="176"/>
        <source>Presented on:</source>
        <translation>Вручено:</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="177"/>
        <source>Deadline:</source>
        <translation>Срок ответа:</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="178"/>
        <source>Response:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="196"/>
        <source>H&amp;istory:</source>
        <translation>Исто&amp;рия:</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="281"/>
        <source>{status} · {category} · adopted by {vote}</source>
        <translation>{status} · {category} · принято на собрании {vote}</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="285"/>
        <source>{status} · {category}</source>
        <translation>{status} · {category}</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="292"/>
        <source>{date} ({warning})</source>
        <translation>{date} ({warning})</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="308"/>
        <source>This demand is {status}, which is final: its status cannot change.</source>
        <translation>Статус этого требования «{status}» окончательный: изменить его нельзя.</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="85"/>
        <source>Start</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="86"/>
        <source>Try the app with &amp;demo records first</source>
        <translation>Сначала попробовать программу на &amp;демо-записях</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="89"/>
        <source>Demo records (the oil workers&apos; strike committee of Zhanaozen) go into a separate demo store, never into your committee&apos;s. Your committee&apos;s store is made when you start without them. Without demo records the committee starts empty: add members, then plan the first assembly.</source>
        <translation>Демо-записи (забастовочный комитет нефтяников Жанаозена) хранятся в отдельном демо-хранилище и никогда не попадают в хранилище вашего комитета. Хранилище вашего комитета создаётся, когда вы начинаете без них. Без демо-записей комитет начинается с чистого листа: добавьте членов комитета, затем запланируйте первое собрание.</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../ui/app.py" line="137"/>
        <source>Creating the encrypted store…</source>
        <translation>Создаётся зашифрованное хранилище…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="187"/>
        <location filename="../../ui/app.py" line="325"/>
        <source>Committee Desk</source>
        <translation>Committee Desk</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="215"/>
        <location filename="../../ui/app.py" line="463"/>
        <source>The records were locked.</source>
        <translation>Записи заблокированы.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="217"/>
        <source>Edits not yet saved were discarded; nothing was half-saved.</source>
        <translation>Несохранённые правки отменены; ничего не сохранено наполовину.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="270"/>
        <source>The wipe was cancelled. Nothing was deleted.</source>
        <translation>Стирание отменено. Ничего не удалено.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="298"/>
        <source>These files could not be deleted:</source>
        <translation>Эти файлы удалить не удалось:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="302"/>
        <source>The key files remain: the records can still be opened. Delete them by hand.</source>
        <translation>Файлы ключа остались: записи всё ещё можно открыть. Удалите их вручную.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="303"/>
        <source>Wipe</source>
        <translation>Стирание</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="384"/>
        <source>Changing the passphrase…</source>
        <translation>Парольная фраза меняется…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="385"/>
        <source>The passphrase was changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="412"/>
        <location filename="../../ui/app.py" line="545"/>
        <source>Restoring: putting {name} in place…</source>
        <translation>Восстановление: {name} ставится на место записей…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="500"/>
        <source>Restoring: reading and checking {name}…</source>
        <translation>Восстановление: чтение и проверка {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="413"/>
        <location filename="../../ui/app.py" line="549"/>
        <source>Opening the restored records…</source>
        <translation>Открываются восстановленные записи…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="433"/>
        <source>The backup was restored: {members} members, {assemblies} assemblies, {demands} demands.</source>
        <translation>Резервная копия восстановлена: членов комитета — {members}, собраний — {assemblies}, требований — {demands}.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="437"/>
        <source>The records that were on this laptop are kept as {aside}.</source>
        <translation>Записи, которые были на этом ноутбуке, сохранены как {aside}.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="438"/>
        <location filename="../../ui/app.py" line="453"/>
        <location filename="../../ui/app.py" line="479"/>
        <location filename="../../ui/app.py" line="489"/>
        <location filename="../../ui/app.py" line="541"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="455"/>
        <source>The restore was completed when the records were opened again. The records that were on this laptop are kept beside the store, named *.before-restore.</source>
        <translation>Восстановление завершено при повторном открытии записей. Записи, которые были на этом ноутбуке, сохранены рядом с хранилищем под именем *.before-restore.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="468"/>
        <source>Opening the records again…</source>
        <translation>Записи открываются снова…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="479"/>
        <source>Committee Desk backups (*.cdbk)</source>
        <translation>Резервные копии Committee Desk (*.cdbk)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="491"/>
        <source>Type the passphrase the backup {name} was made with. The restored records open with the same passphrase; you can change it afterwards in the File menu.</source>
        <translation>Введите парольную фразу, с которой создана копия {name}. Восстановленные записи открываются той же фразой; потом её можно сменить в меню «Файл».</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="494"/>
        <source>Backup &amp;passphrase:</source>
        <translation>Парольная фраза &amp;копии:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="538"/>
        <source>Restore the backup {name} on this laptop?

It holds {members} members, {assemblies} assemblies and {demands} demands.</source>
        <translation>Восстановить резервную копию {name} на этом ноутбуке?

В ней: членов комитета — {members}, собраний — {assemblies}, требований — {demands}.</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <location filename="../../ui/session.py" line="97"/>
        <source>A backup that takes long to open</source>
        <translation>Резервная копия, которая долго открывается</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="98"/>
        <source>Open it anyway? This computer will be busy with it for a while; only agree for a backup you trust.</source>
        <translation>Всё равно открыть? Компьютер будет какое-то время занят ею; соглашайтесь только для копии, которой доверяете.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../../ui/printing_actions.py" line="345"/>
        <source>Making “{title}”…</source>
        <translation>Создаётся документ «{title}»…</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="352"/>
        <location filename="../../ui/printing_actions.py" line="361"/>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="352"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="361"/>
        <source>{name} already exists. Replace it?</source>
        <translation>Файл {name} уже существует. Заменить его?</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="368"/>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="376"/>
        <source>Opened {name} in the PDF viewer</source>
        <translation>Файл {name} открыт в программе просмотра PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="379"/>
        <source>No program on this computer opened the PDF: a PDF viewer may be missing. It was written to {path}.

Open the folder that holds it instead?</source>
        <translation>Ни одна программа на этом компьютере не открыла PDF: возможно, не установлена программа просмотра PDF. Файл записан сюда: {path}.

Открыть вместо этого папку с файлом?</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="382"/>
        <location filename="../../ui/printing_actions.py" line="393"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="389"/>
        <source>Opened the folder that holds {name}</source>
        <translation>Открыта папка с файлом {name}</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="395"/>
        <source>The folder could not be opened either. The PDF is here; select the path to copy it:

{path}

This copy is deleted when Committee Desk closes. To keep the PDF, print again and choose “Save PDF…”.</source>
        <translation>Папку тоже не удалось открыть. PDF находится здесь; выделите путь, чтобы скопировать его:

{path}

Эта копия удаляется при выходе из Committee Desk. Чтобы сохранить PDF, напечатайте документ ещё раз и выберите «Сохранить PDF…».</translation>
    </message>
</context>
<context>
    <name>ElectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="89"/>
        <source>Election: item {position} of assembly No. {number}</source>
        <translation>Выборы: вопрос {position} собрания № {number}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="99"/>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="100"/>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="319"/>
        <source>Take off the ballot</source>
        <translation>Исключить из бюллетеня</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="111"/>
        <source>A member&apos;s name, or any name for a worker not in the list</source>
        <translation>Имя участника или имя работника, которого нет в списке</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="101"/>
        <source>Take off the ballot…</source>
        <translation>Исключить из бюллетеня…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="103"/>
        <source>Clear the count</source>
        <translation>Стереть число голосов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="113"/>
        <source>&amp;Candidate:</source>
        <translation>&amp;Кандидат:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="115"/>
        <source>Put on the &amp;ballot</source>
        <translation>Внести в &amp;бюллетень</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="139"/>
        <source>Candidates in ballot order (type the &amp;votes into the table):</source>
        <translation>Кандидаты в порядке бюллетеня (&amp;голоса вводите в таблицу):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="146"/>
        <source>The counting commission&apos;s figures</source>
        <translation>Данные счётной комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="152"/>
        <source>Ballots &amp;issued:</source>
        <translation>Бюллетеней в&amp;ыдано:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="153"/>
        <source>Ballots &amp;found in the ballot box:</source>
        <translation>Бюллетеней в &amp;урне:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="154"/>
        <source>Invalid ba&amp;llots:</source>
        <translation>&amp;Недействительных бюллетеней:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="155"/>
        <source>Valid ballots:</source>
        <translation>Действительных бюллетеней:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="161"/>
        <source>&amp;Settings…</source>
        <translation>На&amp;стройки…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="163"/>
        <source>Print ball&amp;ot papers…</source>
        <translation>Печать бю&amp;ллетеней…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="165"/>
        <source>Print count &amp;protocol…</source>
        <translation>Печать &amp;протокола счётной комиссии…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="167"/>
        <source>&amp;Declare the result</source>
        <translation>&amp;Объявить итоги</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="169"/>
        <source>&amp;Remove the election</source>
        <translation>У&amp;далить выборы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="171"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="219"/>
        <source>{office}: {seats} seat(s); {quota}; {kind}</source>
        <translation>{office}: мест — {seats}; {quota}; {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="224"/>
        <source>; more than half of them, {required}, to be elected</source>
        <translation>; для избрания нужно более половины — {required}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="229"/>
        <source>Registered at the assembly: {registered}{needed}.</source>
        <translation>Зарегистрировались на собрании: {registered}{needed}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="254"/>
        <source>No candidates yet.</source>
        <translation>Кандидатов пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="256"/>
        <source>Counting: type each candidate&apos;s votes.</source>
        <translation>Подсчёт: введите голоса каждого кандидата.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="259"/>
        <source>Elected: {names}.</source>
        <translation>Избраны: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="262"/>
        <source>Tie for the last seat(s) between {names}: another round decides.</source>
        <translation>Поровну голосов за последние места у {names}: решит новый тур.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="267"/>
        <source>Seats left open: {seats}.</source>
        <translation>Незанятых мест: {seats}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="269"/>
        <source>The result is declared in the minutes.</source>
        <translation>Итоги объявлены в протоколе.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="318"/>
        <source>Take {name} off the ballot? Ballot papers already printed list them.</source>
        <translation>Исключить кандидата {name} из бюллетеня? В уже напечатанных бюллетенях он(а) есть.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="379"/>
        <source>Write the result into the minutes of item {position} and give a mandate to each one elected? The election cannot change after that.</source>
        <translation>Записать итоги в протокол по вопросу {position} и выдать мандат каждому избранному? После этого выборы изменить нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="382"/>
        <location filename="../../ui/dialogs/election_dialog.py" line="390"/>
        <source>Declare the result</source>
        <translation>Объявление итогов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="391"/>
        <source>The result is in «Resolved» of item {position}; mandates given: {count}.</source>
        <translation>Итоги записаны в «Постановили» вопроса {position}; выдано мандатов: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="397"/>
        <source>Remove the election</source>
        <translation>Удаление выборов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="397"/>
        <source>Remove this election with its candidates and votes?</source>
        <translation>Удалить эти выборы вместе с кандидатами и голосами?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="410"/>
        <source>Print ballot papers</source>
        <translation>Печать бюллетеней</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="411"/>
        <source>How many &amp;ballot papers (one for each one registered):</source>
        <translation>Сколько &amp;бюллетеней (по одному на каждого зарегистрировавшегося):</translation>
    </message>
</context>
<context>
    <name>ElectionSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="72"/>
        <source>New election</source>
        <translation>Новые выборы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="72"/>
        <source>Election settings</source>
        <translation>Настройки выборов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="75"/>
        <source>For example: delegate to the council of workers&apos; committees</source>
        <translation>Например: делегат в совет рабочих комитетов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="78"/>
        <source>For example: the council of workers&apos; committees of Mangistau</source>
        <translation>Например: Совет рабочих комитетов Мангистау</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="88"/>
        <source>One name a line, the chair first</source>
        <translation>По одному имени в строке, председатель первым</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="91"/>
        <source>Mandates &amp;from:</source>
        <translation>&amp;Полномочия с:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="94"/>
        <source>Mandates &amp;until:</source>
        <translation>Полномочия &amp;до:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="102"/>
        <source>&amp;Office elected:</source>
        <translation>&amp;Кого избирают:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="103"/>
        <source>&amp;Body of the mandate:</source>
        <translation>&amp;Орган, куда избирают:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="104"/>
        <source>&amp;Seats:</source>
        <translation>&amp;Мест:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="105"/>
        <source>&amp;Who is elected:</source>
        <translation>Кто &amp;избран:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="106"/>
        <source>How the &amp;votes are cast:</source>
        <translation>Как &amp;голосуют:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="107"/>
        <source>&amp;Counting commission:</source>
        <translation>&amp;Счётная комиссия:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="147"/>
        <source>Write what is elected, for example a delegate to the council.</source>
        <translation>Напишите, кого избирают, например делегата в совет.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="149"/>
        <source>Write the body the mandates are to.</source>
        <translation>Напишите орган, в который даются мандаты.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="152"/>
        <source>The mandates cannot end before they begin.</source>
        <translation>Полномочия не могут закончиться раньше, чем начнутся.</translation>
    </message>
</context>
<context>
    <name>EraseMemberDialog</name>
    <message>
        <location filename="../../ui/dialogs/erase_member_dialog.py" line="30"/>
        <source>Erase member completely</source>
        <translation>Стереть члена комитета полностью</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_member_dialog.py" line="31"/>
        <source>ERASE</source>
        <comment>the word typed to confirm erasing a member</comment>
        <translation>СТЕРЕТЬ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_member_dialog.py" line="35"/>
        <source>Erase {name} completely? Their name, phone, workplace, shop, occupation and notes are removed from every record: attendance, votes, action items, minutes, demands. Where the name or phone was typed into a text, it is replaced by “erased member No. N”. Counts stay as they were. This cannot be undone.</source>
        <translation>Стереть {name} полностью? Имя, телефон, место работы, цех, профессия и заметки будут убраны из всех записей: явки, голосований, поручений, протоколов, требований. Где имя или телефон были вписаны в текст, их заменит «удалённый участник №N». Подсчёты останутся прежними. Отменить это нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_member_dialog.py" line="42"/>
        <source>Backups made before still hold this person, and anyone who has such a backup and its passphrase can read them. Make a new backup now and retire the older ones, on every stick you use.</source>
        <translation>В резервных копиях, сделанных раньше, этот человек остаётся, и любой, у кого есть такая копия и её парольная фраза, может его прочитать. Сделайте новую копию сейчас и уберите прежние — на каждой флешке, которой пользуетесь.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_member_dialog.py" line="51"/>
        <source>&amp;Then make a new backup and retire the older ones on the stick</source>
        <translation>&amp;Затем создать новую копию и убрать прежние на флешке</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_member_dialog.py" line="55"/>
        <source>To confirm, type {word} or the person&apos;s full &amp;name:</source>
        <translation>Для подтверждения введите {word} или полное &amp;имя человека:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_member_dialog.py" line="60"/>
        <source>&amp;Erase completely</source>
        <translation>&amp;Стереть полностью</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <location filename="../../ui/error_reporting.py" line="32"/>
        <source>Sorry, something went wrong inside Committee Desk. Each change is saved whole or not at all, so nothing was half-saved. Details for the developers are in the log: {path}</source>
        <translation>Извините, в программе Committee Desk произошла ошибка. Каждое изменение сохраняется либо целиком, либо никак, поэтому ничего не сохранилось наполовину. Подробности для разработчиков записаны в журнал: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/error_reporting.py" line="41"/>
        <location filename="../../ui/error_reporting.py" line="44"/>
        <source>Committee Desk</source>
        <translation>Committee Desk</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="107"/>
        <source>Committee Desk — first start</source>
        <translation>Committee Desk — первый запуск</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="190"/>
        <source>Follow-up of the demand</source>
        <translation>Вручение требования и ответ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="194"/>
        <source>The employer, the akimat, a ministry…</source>
        <translation>Работодатель, акимат, министерство…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="195"/>
        <source>&amp;Presented on:</source>
        <translation>&amp;Вручено:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="196"/>
        <source>&amp;Deadline given:</source>
        <translation>&amp;Срок ответа:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="197"/>
        <source>The date by which an answer was demanded, as in an ultimatum.</source>
        <translation>Дата, к которой потребовали дать ответ, как в ультиматуме.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="206"/>
        <source>&amp;Addressed to:</source>
        <translation>Кому &amp;адресовано:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="209"/>
        <source>&amp;Response:</source>
        <translation>&amp;Ответ:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="226"/>
        <source>The deadline cannot be before the day the demand was presented.</source>
        <translation>Срок ответа не может быть раньше дня вручения требования.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="229"/>
        <source>The response is too long: {length} characters, at most {limit}.</source>
        <translation>Ответ слишком длинный: символов {length}, а можно не больше {limit}.</translation>
    </message>
</context>
<context>
    <name>GuideViewer</name>
    <message>
        <location filename="../../ui/guide_viewer.py" line="116"/>
        <source>Committee Desk — guide</source>
        <translation>Committee Desk — руководство</translation>
    </message>
    <message>
        <location filename="../../ui/guide_viewer.py" line="120"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../ui/guide_viewer.py" line="121"/>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <location filename="../../ui/guide_viewer.py" line="122"/>
        <source>&amp;Contents</source>
        <translation>&amp;Содержание</translation>
    </message>
    <message>
        <location filename="../../ui/guide_viewer.py" line="123"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/guide_viewer.py" line="128"/>
        <source>Guide</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <location filename="../../ui/guide_viewer.py" line="148"/>
        <source>Not opened: {address}. Committee Desk never uses the network.</source>
        <translation>Ссылка не открыта: {address}. Committee Desk никогда не выходит в сеть.</translation>
    </message>
</context>
<context>
    <name>HallScreen</name>
    <message>
        <location filename="../../ui/hall_screen.py" line="100"/>
        <source>Hall screen</source>
        <translation>Экран для зала</translation>
    </message>
    <message>
        <location filename="../../ui/hall_screen.py" line="117"/>
        <source>Speaking</source>
        <translation>Выступает</translation>
    </message>
    <message>
        <location filename="../../ui/hall_screen.py" line="120"/>
        <source>Last vote</source>
        <translation>Последнее голосование</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="61"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="63"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="65"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="100"/>
        <source>New member</source>
        <translation>Новый член</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="102"/>
        <source>Error: left out</source>
        <translation>Ошибка: пропущена</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="104"/>
        <source>Repeats a row: left out</source>
        <translation>Повтор строки: пропущена</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="105"/>
        <source>Already in the list</source>
        <translation>Уже в списке</translation>
    </message>
</context>
<context>
    <name>LiveWindow</name>
    <message>
        <location filename="../../ui/views/live_window.py" line="67"/>
        <source>Running assembly No. {number}</source>
        <translation>Ведение собрания № {number}</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="93"/>
        <source>&amp;Previous item</source>
        <translation>&amp;Предыдущий вопрос</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="94"/>
        <source>&amp;Next item</source>
        <translation>&amp;Следующий вопрос</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="95"/>
        <source>&amp;Hall screen</source>
        <translation>&amp;Экран для зала</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="96"/>
        <source>Show the item, the speaker and the last vote on a projector or second monitor</source>
        <translation>Показать вопрос, выступающего и последнее голосование на проекторе или втором мониторе</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="97"/>
        <source>&amp;Blank the hall screen</source>
        <translation>&amp;Погасить экран для зала</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="98"/>
        <source>Show the &amp;result in the hall</source>
        <translation>Показать &amp;итог в зале</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="99"/>
        <source>The vote chosen here, with its outcome, goes on the hall screen</source>
        <translation>Выбранное здесь голосование с его итогом выводится на экран для зала</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="100"/>
        <source>&amp;Election on this item…</source>
        <translation>&amp;Выборы по этому вопросу…</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="101"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="104"/>
        <source>Live</source>
        <translation>Ведение</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="138"/>
        <source>S&amp;poke (as in the minutes):</source>
        <translation>Выс&amp;тупили (как в протоколе):</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="180"/>
        <source>quorum reached</source>
        <translation>кворум есть</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="180"/>
        <source>no quorum</source>
        <translation>кворума нет</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="182"/>
        <source>Registered {registered} of {entitled} entitled; quorum {required}: {status}</source>
        <translation>Зарегистрировались {registered} из {entitled} имеющих право; кворум {required}: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="194"/>
        <source>The agenda is empty.</source>
        <translation>Повестка пуста.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="197"/>
        <source>Item {position} of {count}: {title}</source>
        <translation>Вопрос {position} из {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="242"/>
        <source>Planned {planned} min · on the floor {elapsed}</source>
        <translation>Запланировано {planned} мин · обсуждается {elapsed}</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="320"/>
        <source>Only one screen is connected: the hall screen opened as a window. Connect a projector and press F8 again.</source>
        <translation>Подключён только один экран: экран для зала открыт окном. Подключите проектор и снова нажмите F8.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="326"/>
        <source>Hall screen</source>
        <translation>Экран для зала</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="326"/>
        <source>Show the hall screen on:</source>
        <translation>Показать экран для зала на:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="333"/>
        <source>{name} ({width}×{height})</source>
        <translation>{name} ({width}×{height})</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="377"/>
        <source>Adopted</source>
        <translation>Решение принято</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="377"/>
        <source>Not adopted</source>
        <translation>Решение не принято</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="378"/>
        <source>For {votes_for} · Against {votes_against} · Abstained {votes_abstain} — {outcome}</source>
        <translation>За {votes_for} · Против {votes_against} · Воздержались {votes_abstain} — {outcome}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Committee Desk — demo records</source>
        <translation>Committee Desk — демо-записи</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Committee Desk</source>
        <translation>Committee Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>{title} (portable)</source>
        <translation>{title} (переносной режим)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Close the records and ask for the passphrase again</source>
        <translation>Закрыть записи и снова запросить парольную фразу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Change &amp;passphrase…</source>
        <translation>Сменить &amp;парольную фразу…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>Save &amp;all records as a readable file…</source>
        <translation>Сохранить все записи в &amp;читаемый файл…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Every record in one file that other programs can open. The file is NOT encrypted.</source>
        <translation>Все записи в одном файле, который откроют другие программы. Файл НЕ зашифрован.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Export for the &amp;council…</source>
        <translation>Экспорт для &amp;совета…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>&amp;Import a bundle…</source>
        <translation>&amp;Импортировать пакет…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Take in a bundle from a committee, or from the council</source>
        <translation>Принять пакет от комитета или от совета</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>&amp;Wipe everything now…</source>
        <translation>&amp;Стереть всё сейчас…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>After a 5-second countdown, destroy the key files and delete the records, settings and logs</source>
        <translation>После обратного отсчёта 5 секунд уничтожить файлы ключа и удалить записи, настройки и журналы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>P&amp;ractice wipe…</source>
        <translation>&amp;Учебное стирание…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>The countdown and the list of what a wipe would delete; nothing is deleted</source>
        <translation>Обратный отсчёт и список того, что удалило бы стирание; ничего не удаляется</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>&amp;Guide</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>The secretary&apos;s guide, on this computer</source>
        <translation>Руководство секретаря, хранящееся на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>&amp;Safety</source>
        <translation>&amp;Безопасность</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>What the app protects against and what it does not, on this computer</source>
        <translation>От чего программа защищает, а от чего нет — на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Every command that has a shortcut, and its keys</source>
        <translation>Все команды, которые можно вызвать сочетанием клавиш, и эти клавиши</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>&amp;About Committee Desk</source>
        <translation>&amp;О программе Committee Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Navigation</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>Everywhere</source>
        <translation>Везде</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>{view}: {page}</source>
        <translation>{view}: {page}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Save all records as a readable file</source>
        <translation>Сохранение всех записей в читаемый файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>The file will hold every record, names and phone numbers included, NOT encrypted: anyone who gets it can read it. Keep it only on a disk you trust; for everything else use the encrypted backup. Continue?</source>
        <translation>В файле будут все записи, в том числе имена и телефоны, НЕ зашифрованные: прочтёт любой, к кому он попадёт. Храните его только на надёжном диске, а для всего остального пользуйтесь зашифрованной резервной копией. Продолжить?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>Readable file of all records (*.json)</source>
        <translation>Читаемый файл всех записей (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Saving all records…</source>
        <translation>Сохранение всех записей…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Every record was written to {path}.</source>
        <translation>Все записи сохранены в {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Export for the &amp;committees…</source>
        <translation>Экспорт для &amp;комитетов…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>Unlocked</source>
        <translation>Разблокировано</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>No backup of these records has been verified yet.</source>
        <translation>Ни одна резервная копия этих записей ещё не проверена.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>No backup has been verified since {date}.</source>
        <translation>С {date} не проверено ни одной резервной копии.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>Back up now…</source>
        <translation>Создать копию сейчас…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
</context>
<context>
    <name>MandatesModel</name>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="51"/>
        <source>recalled {date} (assembly No. {number})</source>
        <translation>отозван(а) {date} (собрание № {number})</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="54"/>
        <source>recalled {date}</source>
        <translation>отозван(а) {date}</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="56"/>
        <source>holds it</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="58"/>
        <source>from {date}</source>
        <translation>с {date}</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="59"/>
        <source>term ended</source>
        <translation>срок истёк</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="66"/>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="82"/>
        <source> (for {votes_for}, against {votes_against}, abstained {votes_abstain})</source>
        <translation> (за {votes_for}, против {votes_against}, воздержались {votes_abstain})</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="97"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="98"/>
        <source>Office</source>
        <translation>Кем избран(а)</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="99"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="100"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="101"/>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="102"/>
        <source>Elected at</source>
        <translation>Собрание</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="103"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="40"/>
        <source>Edit member</source>
        <translation>Данные члена комитета</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="40"/>
        <source>New member</source>
        <translation>Новый член комитета</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="52"/>
        <source>&amp;Joined on:</source>
        <translation>Дата &amp;вступления:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="53"/>
        <source>Tick when the date the member joined is known</source>
        <translation>Отметьте, если дата вступления известна</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="74"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Фамилия, имя, отчество:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="75"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="76"/>
        <source>&amp;Workplace:</source>
        <translation>&amp;Место работы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="77"/>
        <source>&amp;Shop or department:</source>
        <translation>&amp;Цех или отдел:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="78"/>
        <source>&amp;Occupation:</source>
        <translation>&amp;Профессия:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="82"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="83"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="85"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
</context>
<context>
    <name>MemberFiles</name>
    <message>
        <location filename="../../ui/member_exchange.py" line="33"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/member_exchange.py" line="34"/>
        <source>CSV for Excel, separated by semicolons (*.csv)</source>
        <translation>CSV для Excel, разделитель — точка с запятой (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/member_exchange.py" line="35"/>
        <source>CSV separated by commas (*.csv)</source>
        <translation>CSV, разделитель — запятая (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/member_exchange.py" line="42"/>
        <source>Member lists (*.xlsx *.csv *.txt)</source>
        <translation>Списки членов (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/member_exchange.py" line="43"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/member_exchange.py" line="58"/>
        <location filename="../../ui/member_exchange.py" line="78"/>
        <location filename="../../ui/member_exchange.py" line="117"/>
        <source>Export members</source>
        <translation>Выгрузка списка членов</translation>
    </message>
    <message>
        <location filename="../../ui/member_exchange.py" line="79"/>
        <source>{name} already exists. Replace it?</source>
        <translation>Файл {name} уже существует. Заменить его?</translation>
    </message>
    <message>
        <location filename="../../ui/member_exchange.py" line="87"/>
        <location filename="../../ui/member_exchange.py" line="164"/>
        <source>Import members</source>
        <translation>Импорт членов</translation>
    </message>
    <message>
        <location filename="../../ui/member_exchange.py" line="109"/>
        <source>members.xlsx</source>
        <translation>члены.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/member_exchange.py" line="113"/>
        <source>{name} will hold the members&apos; names, phone numbers and workplaces. The file is NOT encrypted: anyone who gets it can read it. Keep it only on a disk you trust, and delete it when it is no longer needed.

Export the member list?</source>
        <translation>В файле {name} будут имена членов комитета, их телефоны и места работы. Файл НЕ зашифрован: его прочтёт любой, к кому он попадёт. Храните его только на надёжном диске и удалите, когда он станет не нужен.

Выгрузить список членов?</translation>
    </message>
    <message>
        <location filename="../../ui/member_exchange.py" line="120"/>
        <source>Writing {name}…</source>
        <translation>Запись файла {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/member_exchange.py" line="143"/>
        <source>Wrote %n member(s) to {path}</source>
        <translation>
            <numerusform>В файл {path} записан %n член комитета</numerusform>
            <numerusform>В файл {path} записано %n члена комитета</numerusform>
            <numerusform>В файл {path} записано %n членов комитета</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/member_exchange.py" line="159"/>
        <source>Imported from {name}: %n member(s) added</source>
        <translation>
            <numerusform>Импорт из {name}: добавлен %n член комитета</numerusform>
            <numerusform>Импорт из {name}: добавлено %n члена комитета</numerusform>
            <numerusform>Импорт из {name}: добавлено %n членов комитета</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/member_exchange.py" line="170"/>
        <source>Added: %n member(s).</source>
        <translation>
            <numerusform>Добавлен %n член комитета.</numerusform>
            <numerusform>Добавлено %n члена комитета.</numerusform>
            <numerusform>Добавлено %n членов комитета.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/member_exchange.py" line="171"/>
        <source>Updated from the file: %n member(s).</source>
        <translation>
            <numerusform>Обновлён из файла %n член комитета.</numerusform>
            <numerusform>Обновлено из файла %n члена комитета.</numerusform>
            <numerusform>Обновлено из файла %n членов комитета.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/member_exchange.py" line="172"/>
        <source>Skipped, already in the list: %n row(s).</source>
        <translation>
            <numerusform>Пропущена (уже в списке) %n строка.</numerusform>
            <numerusform>Пропущено (уже в списке) %n строки.</numerusform>
            <numerusform>Пропущено (уже в списке) %n строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/member_exchange.py" line="175"/>
        <source>Left out, with errors: %n row(s).</source>
        <translation>
            <numerusform>Не загружена из-за ошибок %n строка.</numerusform>
            <numerusform>Не загружено из-за ошибок %n строки.</numerusform>
            <numerusform>Не загружено из-за ошибок %n строк.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="83"/>
        <source>Import members</source>
        <translation>Импорт членов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="90"/>
        <source>File: {name}</source>
        <translation>Файл: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="97"/>
        <source>How the letters of a CSV file are written; Excel on a Russian Windows writes Windows-1251</source>
        <translation>Как записаны буквы в файле CSV; Excel в русской Windows пишет в Windows-1251</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="99"/>
        <source>Comma (,)</source>
        <translation>Запятая (,)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="99"/>
        <source>Semicolon (;)</source>
        <translation>Точка с запятой (;)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="99"/>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="102"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="104"/>
        <source>Se&amp;parator:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="106"/>
        <source>S&amp;heet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="124"/>
        <source>What each column holds</source>
        <translation>Что в каждом столбце</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="135"/>
        <source>&amp;First row holds column names</source>
        <translation>Первая строка — &amp;названия столбцов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="136"/>
        <source>Clear it when the list starts with a member, not with the columns&apos; names</source>
        <translation>Снимите флажок, если список начинается с члена, а не с названий столбцов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="159"/>
        <source>Pre&amp;view: nothing is written until Import</source>
        <translation>Про&amp;смотр: ничего не записывается до импорта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="178"/>
        <source>Rows that are the same as a member already in the list</source>
        <translation>Строки, совпадающие с членом, который уже есть в списке</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="179"/>
        <source>&amp;Skip them: the list stays as it is</source>
        <translation>&amp;Пропустить их: список останется как есть</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="180"/>
        <source>&amp;Update those members from the file (its empty cells change nothing)</source>
        <translation>&amp;Обновить этих членов из файла (пустые ячейки ничего не меняют)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="190"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="254"/>
        <source>Reading {name}…</source>
        <translation>Чтение файла {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="271"/>
        <source>New members: {new}    The same as a member or an earlier row: {same}    Errors: {errors}</source>
        <translation>Новых членов: {new}    Совпадают с членом или строкой выше: {same}    Ошибок: {errors}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="275"/>
        <source>The file has no rows below its header.</source>
        <translation>В файле нет строк под заголовком.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/member_import_dialog.py" line="336"/>
        <source>%n more column(s) with values are not listed here and are left out.</source>
        <translation>
            <numerusform>Ещё %n столбец со значениями здесь не показан и не импортируется.</numerusform>
            <numerusform>Ещё %n столбца со значениями здесь не показаны и не импортируются.</numerusform>
            <numerusform>Ещё %n столбцов со значениями здесь не показаны и не импортируются.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="354"/>
        <source>{letter}: {header}</source>
        <translation>{letter}: {header}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="356"/>
        <source>Column {letter}</source>
        <translation>Столбец {letter}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="374"/>
        <source>Leave out</source>
        <translation>Не загружать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="396"/>
        <source>Repeats a row: left out</source>
        <translation>Повтор строки: пропущена</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="444"/>
        <source>Importing the members of {name}…</source>
        <translation>Импорт членов из файла {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="459"/>
        <source>Nothing was imported: {reason}</source>
        <translation>Ничего не импортировано: {reason}</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <location filename="../../ui/views/members_view.py" line="80"/>
        <location filename="../../ui/views/members_view.py" line="137"/>
        <source>Members</source>
        <translation>Члены комитета</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="86"/>
        <source>&amp;New member…</source>
        <translation>&amp;Новый член комитета…</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="87"/>
        <source>Add a member to the committee&apos;s list</source>
        <translation>Добавить человека в список комитета</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="89"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="93"/>
        <source>Change the selected member&apos;s details</source>
        <translation>Изменить данные выбранного члена комитета</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="94"/>
        <source>Mark as &amp;left</source>
        <translation>Отметить как &amp;выбывшего</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="95"/>
        <source>The member left the committee; their history stays</source>
        <translation>Член комитета выбыл; его история сохраняется</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="96"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="99"/>
        <source>Delete the selected member; one with history in the records is marked as left instead</source>
        <translation>Удалить выбранного члена комитета; если он уже есть в записях, вместо удаления он будет отмечен как выбывший</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="101"/>
        <source>&amp;Copy phone number</source>
        <translation>&amp;Копировать номер телефона</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="103"/>
        <source>Copy the selected member&apos;s phone number; it is cleared from the clipboard after 30 seconds</source>
        <translation>Скопировать номер телефона выбранного члена комитета; через 30 секунд он будет удалён из буфера обмена</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="107"/>
        <source>Cop&amp;y</source>
        <translation>Копи&amp;ровать</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="109"/>
        <source>Erase &amp;completely…</source>
        <translation>Стереть по&amp;лностью…</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="111"/>
        <source>Remove the selected person from every record, leaving a numbered placeholder; counts stay right</source>
        <translation>Убрать выбранного человека из всех записей, оставив пронумерованную замену; подсчёты не меняются</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="113"/>
        <source>&amp;Find</source>
        <translation>На&amp;йти</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="114"/>
        <source>Search by name, phone, workplace or shop</source>
        <translation>Искать по имени, телефону, месту работы или цеху</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="115"/>
        <source>&amp;Print member list…</source>
        <translation>Печать &amp;списка членов комитета…</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="117"/>
        <source>Every member with their phone number; those who left too while the list shows them</source>
        <translation>Все члены комитета с номерами телефонов; выбывшие — тоже, если они сейчас показаны в списке</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="119"/>
        <source>&amp;Import…</source>
        <translation>Имп&amp;орт…</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="121"/>
        <source>Add members from a spreadsheet (.xlsx or CSV), after a preview of what will be added</source>
        <translation>Добавить членов из электронной таблицы (.xlsx или CSV), сначала посмотрев, что будет добавлено</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="123"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="125"/>
        <source>Write the member list to a spreadsheet (.xlsx or CSV); those who left too while the list shows them</source>
        <translation>Записать список членов в электронную таблицу (.xlsx или CSV); выбывших тоже, пока список их показывает</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="128"/>
        <source>Dele&amp;gates…</source>
        <translation>&amp;Делегаты…</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="130"/>
        <source>The mandates elections gave: who holds which, in which body, until when; recalls</source>
        <translation>Мандаты, данные выборами: у кого какой, в каком органе, до какого срока; отзывы</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="148"/>
        <source>Name, phone, workplace or shop (Ctrl+F)</source>
        <translation>Имя, телефон, место работы или цех (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="149"/>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="151"/>
        <source>Show members who le&amp;ft</source>
        <translation>Показывать вы&amp;бывших</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/members_view.py" line="273"/>
        <source>{shown} of %Ln member(s)</source>
        <translation>
            <numerusform>{shown} из %Ln члена комитета</numerusform>
            <numerusform>{shown} из %Ln членов комитета</numerusform>
            <numerusform>{shown} из %Ln членов комитета</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/members_view.py" line="276"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln член комитета</numerusform>
            <numerusform>%Ln члена комитета</numerusform>
            <numerusform>%Ln членов комитета</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/members_view.py" line="279"/>
        <source>%Ln member(s) who left are hidden</source>
        <translation>
            <numerusform>%Ln выбывший скрыт</numerusform>
            <numerusform>%Ln выбывших скрыты</numerusform>
            <numerusform>%Ln выбывших скрыто</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="313"/>
        <source>Copied. It is cleared from the clipboard in {seconds} seconds.</source>
        <translation>Скопировано. Через {seconds} секунд это будет удалено из буфера обмена.</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="379"/>
        <source>Delete member</source>
        <translation>Удалить члена комитета</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="381"/>
        <source>Delete {name} from the records? A member who chaired, attended, spoke, stood for election or was assigned work is kept and marked as having left, so the minutes stay whole.</source>
        <translation>Удалить {name} из записей? Участник, который председательствовал, присутствовал, выступал, баллотировался или получал поручения, сохраняется и отмечается как выбывший, чтобы протоколы остались целыми.</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="407"/>
        <source>The person was erased from every record; {count} records changed.</source>
        <translation>Человек стёрт из всех записей; изменено записей: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="411"/>
        <source>Backups made before still hold them: make a new backup and retire the older ones soon.</source>
        <translation>В прежних резервных копиях этот человек остаётся: поскорее создайте новую копию и уберите прежние.</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="412"/>
        <source>Erase member completely</source>
        <translation>Стереть члена комитета полностью</translation>
    </message>
</context>
<context>
    <name>MinutesPage</name>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="69"/>
        <source>&amp;Save the minutes</source>
        <translation>Со&amp;хранить протокол</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="70"/>
        <source>The minutes are also saved when you leave a field</source>
        <translation>Протокол также сохраняется, когда вы уходите из поля</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="71"/>
        <source>Record &amp;vote…</source>
        <translation>Записать &amp;голосование…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="72"/>
        <source>Adopt &amp;demand from this vote…</source>
        <translation>Принять &amp;требование по этому голосованию…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="73"/>
        <source>Write a demand that the selected, carried vote adopted</source>
        <translation>Записать требование, принятое выбранным голосованием (только если решение принято)</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="74"/>
        <source>Add ac&amp;tion item…</source>
        <translation>Добавить пор&amp;учение…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="87"/>
        <source>Agenda &amp;items:</source>
        <translation>&amp;Вопросы повестки:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="101"/>
        <source>&amp;Heard:</source>
        <translation>&amp;Слушали:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="101"/>
        <source>S&amp;poke:</source>
        <translation>Выступ&amp;или:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="101"/>
        <source>&amp;Resolved:</source>
        <translation>&amp;Постановили:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="114"/>
        <source>Vo&amp;tes:</source>
        <translation>Го&amp;лосования:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="117"/>
        <source>Action items:</source>
        <translation>Поручения:</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="41"/>
        <source>Write the passphrase down and keep it apart from the laptop. If it is forgotten, nobody can recover the records: not you, not us.</source>
        <translation>Запишите парольную фразу и храните её отдельно от ноутбука. Если её забыть, записи не сможет восстановить никто — ни вы, ни мы.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="47"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="48"/>
        <source>&amp;Again:</source>
        <translation>П&amp;овторите:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="49"/>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="62"/>
        <source>Type a passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="64"/>
        <source>Too short: the minimum is {count} characters. A few unrelated words make a good passphrase.</source>
        <translation>Слишком коротко: нужно не меньше {count} символов. Хорошая парольная фраза — несколько не связанных между собой слов.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="66"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="72"/>
        <source>too short</source>
        <translation>слишком короткая</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="72"/>
        <source>weak</source>
        <translation>слабая</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="72"/>
        <source>fair</source>
        <translation>средняя</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="72"/>
        <source>good</source>
        <translation>хорошая</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="72"/>
        <source>strong</source>
        <translation>надёжная</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="71"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="72"/>
        <source>The passphrase opens the records. It is asked at every start and whenever the app has locked itself after being left idle.</source>
        <translation>Парольная фраза открывает записи. Она запрашивается при каждом запуске и каждый раз, когда программа заблокировалась после простоя.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="54"/>
        <source>&amp;Add item…</source>
        <translation>&amp;Добавить вопрос…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="55"/>
        <source>Add an item at the end of the agenda</source>
        <translation>Добавить вопрос в конец повестки</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="56"/>
        <source>&amp;Edit item…</source>
        <translation>&amp;Изменить вопрос…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="57"/>
        <source>&amp;Remove item</source>
        <translation>&amp;Убрать вопрос</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="58"/>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="59"/>
        <source>Move &amp;down</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="61"/>
        <source>Change the order of the agenda (dragging an item works too)</source>
        <translation>Изменить порядок вопросов (можно и перетаскивать мышью)</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="74"/>
        <source>Protocol number:</source>
        <translation>Номер протокола:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="75"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="76"/>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="77"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="78"/>
        <source>Entitled to take part:</source>
        <translation>Имеют право участвовать:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="80"/>
        <source>Starts:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="81"/>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="82"/>
        <source>Chair:</source>
        <translation>Председатель:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="83"/>
        <source>Secretary:</source>
        <translation>Секретарь:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="84"/>
        <source>Quorum:</source>
        <translation>Кворум:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="85"/>
        <source>Invited guests:</source>
        <translation>Приглашённые:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="92"/>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="115"/>
        <source>A&amp;genda:</source>
        <translation>&amp;Повестка дня:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="162"/>
        <source>The committee&apos;s active members</source>
        <translation>Активные члены комитета</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="184"/>
        <source>The agenda is empty.</source>
        <translation>В повестке пока нет вопросов.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="188"/>
        <source>Planned: {minutes} min</source>
        <translation>По плану: {minutes} мин</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="191"/>
        <source>Planned: {minutes} min, until about {end}</source>
        <translation>По плану: {minutes} мин, примерно до {end}</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="242"/>
        <source>Remove “{title}” from the agenda? Its minutes and votes are removed with it.</source>
        <translation>Убрать вопрос «{title}» из повестки? Записи протокола и голосования по нему будут удалены вместе с ним.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="245"/>
        <source>Remove agenda item</source>
        <translation>Убрать вопрос из повестки</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="52"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="64"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 мм)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="65"/>
        <source>Letter (216 × 279 mm)</source>
        <translation>Letter (216 × 279 мм)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="67"/>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="69"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Формат бумаги:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="76"/>
        <source>&amp;Blank rows:</source>
        <translation>&amp;Пустые строки:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="80"/>
        <source>Numbered rows after the members, for those not in the member list to write their name and shop and sign. When the assembly says how many are entitled, a row is offered for each one not listed, at most {pages} pages; for a larger hall, print several copies.</source>
        <translation>Нумерованные строки после членов комитета — для тех, кого нет в списке: вписать фамилию и цех и расписаться. Если у собрания указано, сколько человек имеют право участвовать, предлагается по строке на каждого, кто не внесён в список, но не больше {pages} страниц; для большого зала распечатайте несколько экземпляров.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="90"/>
        <source>&amp;Redacted: initials instead of names</source>
        <translation>Обе&amp;зличить: инициалы вместо имён</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="94"/>
        <source>For paper that may be seized: no phones or workplaces, and the count of those present instead of their list. In texts typed into the records, the names of members and guests and any surname written beside initials are cut to initials; a name written another way stays: read the paper before it leaves your hands.</source>
        <translation>Для бумаг, которые могут изъять: без телефонов и мест работы, вместо списка присутствовавших — их число. В текстах, набранных в записях, имена членов комитета и гостей, а также фамилии рядом с инициалами заменяются инициалами; имя, записанное иначе, остаётся — прочитайте документ, прежде чем он уйдёт из ваших рук.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="105"/>
        <source>This document holds members&apos; names and phone numbers. The PDF is NOT encrypted: keep it only on a disk you trust, and delete the copies nobody needs.</source>
        <translation>В этом документе — имена и номера телефонов членов комитета. PDF-файл НЕ зашифрован: храните его только на диске, которому доверяете, и удаляйте копии, которые никому не нужны.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="115"/>
        <source>“Open” shows the document in this computer&apos;s PDF viewer, from an unencrypted copy in a private temporary folder. That copy is deleted when Committee Desk quits, unless the viewer still has it open. To keep the document, use “Save PDF…”.</source>
        <translation>«Открыть» показывает документ в программе просмотра PDF на этом компьютере — из незашифрованной копии во временной папке, доступной только вам. Эта копия удаляется при выходе из Committee Desk, если только программа просмотра не держит её открытой. Чтобы сохранить документ, нажмите «Сохранить PDF…».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="123"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="124"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing_actions.py" line="74"/>
        <source>Agenda of assembly No. {number}</source>
        <translation>Повестка дня собрания № {number}</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="75"/>
        <source>agenda-{number}.pdf</source>
        <translation>повестка-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="92"/>
        <source>Sign-in sheet of assembly No. {number}</source>
        <translation>Лист регистрации собрания № {number}</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="93"/>
        <source>signin-{number}.pdf</source>
        <translation>лист-регистрации-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="107"/>
        <source>Minutes of assembly No. {number}</source>
        <translation>Протокол собрания № {number}</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="108"/>
        <source>minutes-{number}.pdf</source>
        <translation>протокол-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="120"/>
        <source>Tally sheets for item {position} of assembly No. {number}</source>
        <translation>Счётные листы по вопросу {position} собрания № {number}</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="123"/>
        <source>tally-{number}-{position}.pdf</source>
        <translation>schetnye-listy-{number}-{position}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="138"/>
        <source>Ballot papers for item {position} of assembly No. {number}</source>
        <translation>Бюллетени по вопросу {position} собрания № {number}</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="141"/>
        <source>ballots-{number}-{position}.pdf</source>
        <translation>byulleteni-{number}-{position}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="156"/>
        <source>Counting commission&apos;s protocol, item {position} of assembly No. {number}</source>
        <translation>Протокол счётной комиссии, вопрос {position} собрания № {number}</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="159"/>
        <source>count-protocol-{number}-{position}.pdf</source>
        <translation>protokol-schetnoy-komissii-{number}-{position}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="173"/>
        <source>Delegates and their mandates</source>
        <translation>Делегаты и их мандаты</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="174"/>
        <source>delegates.pdf</source>
        <translation>delegaty.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="186"/>
        <source>Adopted demands</source>
        <translation>Принятые требования</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="187"/>
        <source>demands.pdf</source>
        <translation>требования.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="199"/>
        <source>Common demands</source>
        <translation>Общие требования</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="200"/>
        <source>common-demands.pdf</source>
        <translation>obshchie-trebovaniya.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="213"/>
        <source>Member list, with the members who left</source>
        <translation>Список членов комитета, включая выбывших</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="215"/>
        <source>Member list</source>
        <translation>Список членов комитета</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="216"/>
        <source>members.pdf</source>
        <translation>члены-комитета.pdf</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/file_dialogs.py" line="33"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="34"/>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="35"/>
        <source>Shortcut</source>
        <translation>Ярлык</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="36"/>
        <source>Unknown</source>
        <translation>Неизвестный</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/file_dialogs.py" line="31"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="32"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../ui/background.py" line="68"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="51"/>
        <source>Recall</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="53"/>
        <source>{name}: {office}, {body}</source>
        <translation>{name}: {office}, {body}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="57"/>
        <source>Choose the vote that recalled…</source>
        <translation>Выберите голосование об отзыве…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="74"/>
        <source>By the &amp;vote:</source>
        <translation>&amp;Голосованием:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="75"/>
        <source>&amp;Takes effect on:</source>
        <translation>&amp;Вступает в силу:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="76"/>
        <source>&amp;Why:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="87"/>
        <source>Choose the carried vote that decided the recall.</source>
        <translation>Выберите принятое голосование, которым решён отзыв.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="90"/>
        <source>The recall cannot take effect before the vote that decided it.</source>
        <translation>Отзыв не может вступить в силу раньше голосования, которым он решён.</translation>
    </message>
</context>
<context>
    <name>ReceivedDemandsModel</name>
    <message>
        <location filename="../../ui/models/received_demands_model.py" line="45"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_demands_model.py" line="46"/>
        <source>Demand</source>
        <translation>Требование</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_demands_model.py" line="47"/>
        <source>Adopted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_demands_model.py" line="48"/>
        <source>Voted (for / against / abstained)</source>
        <translation>Голосовали (за / против / возд.)</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_demands_model.py" line="49"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_demands_model.py" line="50"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_demands_model.py" line="51"/>
        <source>Common demand</source>
        <translation>Общее требование</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_demands_model.py" line="71"/>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
</context>
<context>
    <name>ReceivedResolutionsModel</name>
    <message>
        <location filename="../../ui/models/received_resolutions_model.py" line="39"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_resolutions_model.py" line="40"/>
        <source>Assembly</source>
        <translation>Собрание</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_resolutions_model.py" line="41"/>
        <source>Registered / entitled</source>
        <translation>Зарегистрировано / имеют право</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_resolutions_model.py" line="42"/>
        <source>Item</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_resolutions_model.py" line="43"/>
        <source>Resolved</source>
        <translation>Постановили</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_resolutions_model.py" line="44"/>
        <source>Voted (for / against / abstained)</source>
        <translation>Голосовали (за / против / возд.)</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_resolutions_model.py" line="63"/>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_resolutions_model.py" line="67"/>
        <source>{hall}, no quorum</source>
        <translation>{hall}, нет кворума</translation>
    </message>
</context>
<context>
    <name>SeparateBackupPassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup_passphrases.py" line="74"/>
        <source>Separate backup passphrase</source>
        <translation>Отдельная парольная фраза для копий</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_passphrases.py" line="77"/>
        <source>Backups made from now on open with this passphrase, not with the store&apos;s. Give it to the comrade who keeps the stick: it opens the backups, never this laptop&apos;s store.</source>
        <translation>Копии, созданные с этого момента, открываются этой фразой, а не фразой хранилища. Передайте её товарищу, который хранит флешку: она открывает копии, но никогда — хранилище этого ноутбука.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="33"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="39"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="41"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="42"/>
        <source>Remind me when no backup has been verified for this many days</source>
        <translation>Напоминать, если столько дней не было проверенной резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="43"/>
        <source>Footer gives the &amp;time of printing, not only the date</source>
        <translation>&amp;Время печати в колонтитуле, а не только дата</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="47"/>
        <source>When this is off, the footer gives only the day a document was printed: the hour tells more than the paper needs to.</source>
        <translation>Если выключено, в колонтитуле указан только день печати: час и минута говорят о документе больше, чем ему нужно.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="52"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="58"/>
        <source>Off unless chosen. Whoever types a wrong passphrase that many times in a row, a stranger or a tired secretary, wipes the records of this computer: keep a backup. The attempts are counted beside the store, across restarts, and on the command line too.</source>
        <translation>Выключено, пока не выбрано. Кто бы ни ввёл неверную парольную фразу столько раз подряд — чужой человек или уставший секретарь, — записи на этом компьютере будут стёрты: держите резервную копию. Попытки считаются в файле рядом с хранилищем, и после перезапуска, и в командной строке тоже.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="68"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="69"/>
        <source>Loc&amp;k after idle:</source>
        <translation>&amp;Блокировать после простоя:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="70"/>
        <source>Backup &amp;reminder after:</source>
        <translation>&amp;Напоминание о копии через:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="71"/>
        <source>Printed documents:</source>
        <translation>Печать документов:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="72"/>
        <source>&amp;Wipe after failed unlocks:</source>
        <translation>&amp;Стирать после неудачных входов:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="96"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="70"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="70"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="17"/>
        <source>speaking</source>
        <translation>выступает</translation>
    </message>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="20"/>
        <source>spoke</source>
        <translation>выступил(а)</translation>
    </message>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="21"/>
        <source>spoke {time}</source>
        <translation>выступил(а) {time}</translation>
    </message>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="81"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="81"/>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="81"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="100"/>
        <source>Find a speaker</source>
        <translation>Найти выступающего</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="103"/>
        <source>&amp;Give the floor</source>
        <translation>Дать с&amp;лово</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="106"/>
        <source>To the next one waiting; Enter on a name in the list gives them the floor out of turn</source>
        <translation>Следующему по очереди; Enter на имени в списке даёт слово вне очереди</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="111"/>
        <source>The speaker is written into «Spoke» with what they said</source>
        <translation>Выступающий записывается в «Выступили» со сказанным</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="98"/>
        <source>A&amp;dd to the list</source>
        <translation>&amp;Добавить в список</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="109"/>
        <source>Finish&amp;ed</source>
        <translation>Зак&amp;ончил(а)</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="112"/>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="113"/>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="114"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="118"/>
        <source>A member&apos;s name, or any name for a worker not in the list</source>
        <translation>Имя участника или имя работника, которого нет в списке</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="120"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;Выступающий:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="138"/>
        <source>Speakers &amp;list:</source>
        <translation>Сп&amp;исок выступающих:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="147"/>
        <source>Each speaker&apos;s time at this assembly, minutes:seconds</source>
        <translation>Время каждого выступающего на этом собрании, минуты:секунды</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="149"/>
        <source>&amp;Time per speaker:</source>
        <translation>Вре&amp;мя на выступление:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="169"/>
        <source>What the speaker proposed, in a few words (optional)</source>
        <translation>Что предложил выступающий, в двух словах (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="172"/>
        <source>Sa&amp;id:</source>
        <translation>С&amp;казал(а):</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="254"/>
        <source>Nobody has the floor.</source>
        <translation>Слово никому не дано.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="257"/>
        <source>Speaking: {name}</source>
        <translation>Выступает: {name}</translation>
    </message>
</context>
<context>
    <name>TalliesModel</name>
    <message>
        <location filename="../../ui/views/live_vote.py" line="84"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="84"/>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="84"/>
        <source>For</source>
        <translation>За</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="84"/>
        <source>Against</source>
        <translation>Против</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="84"/>
        <source>Abstained</source>
        <translation>Воздержались</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="39"/>
        <source>Committee Desk — unlock</source>
        <translation>Committee Desk — разблокировка</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="43"/>
        <source>&amp;Passphrase of the committee&apos;s records:</source>
        <translation>&amp;Парольная фраза к записям комитета:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="57"/>
        <source>Wipe everything now</source>
        <translation>Стереть всё сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="61"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="62"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="75"/>
        <source>Type the passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="81"/>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="107"/>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Неверная парольная фраза. Проверьте раскладку клавиатуры и Caps Lock, затем попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="48"/>
        <source>Record a vote</source>
        <translation>Записать голосование</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="59"/>
        <source>Registered: {registered} ({members} members present, {others} others); entitled: {entitled}</source>
        <translation>Зарегистрировались: {registered} (членов комитета: {members}, других: {others}); имеют право участвовать: {entitled}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="73"/>
        <source>&amp;Question:</source>
        <translation>&amp;Вопрос:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="74"/>
        <source>&amp;For:</source>
        <translation>&amp;За:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="75"/>
        <source>&amp;Against:</source>
        <translation>&amp;Против:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="76"/>
        <source>A&amp;bstained:</source>
        <translation>Воз&amp;держались:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="77"/>
        <source>&amp;Rule:</source>
        <translation>&amp;Нужное большинство:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="79"/>
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="112"/>
        <source>Write the question put to the vote.</source>
        <translation>Напишите вопрос, поставленный на голосование.</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <location filename="../../ui/views/live_vote.py" line="110"/>
        <source>&amp;New vote</source>
        <translation>&amp;Новое голосование</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="112"/>
        <source>Put the question to the vote; type the counts as hands are counted</source>
        <translation>Поставить вопрос на голосование; вводите числа по мере подсчёта рук</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="113"/>
        <source>Remove this vote</source>
        <translation>Удалить это голосование</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="114"/>
        <source>Add sheet</source>
        <translation>Добавить лист</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="115"/>
        <source>Remove sheet</source>
        <translation>Удалить лист</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="122"/>
        <source>The question put to the vote</source>
        <translation>Вопрос, поставленный на голосование</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="137"/>
        <source>V&amp;ote:</source>
        <translation>&amp;Голосование:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="144"/>
        <source>&amp;Question:</source>
        <translation>Во&amp;прос:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="145"/>
        <source>R&amp;ule:</source>
        <translation>Нужное &amp;большинство:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="148"/>
        <source>&amp;For:</source>
        <translation>&amp;За:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="148"/>
        <source>Ag&amp;ainst:</source>
        <translation>П&amp;ротив:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="148"/>
        <source>A&amp;bstained:</source>
        <translation>Возд&amp;ержались:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="155"/>
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="162"/>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="170"/>
        <source>S&amp;heet No.:</source>
        <translation>Ли&amp;ст №:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="190"/>
        <source>Tally sheets (the vote is their sum):</source>
        <translation>Счётные листы (голосование — их сумма):</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="341"/>
        <source>Vote</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="342"/>
        <source>The counts typed for “{question}” were not saved: {reason}</source>
        <translation>Числа, введённые по вопросу «{question}», не сохранены: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="371"/>
        <source>Write the question put to the vote, then press Enter.</source>
        <translation>Напишите вопрос, поставленный на голосование, и нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="397"/>
        <source>Remove vote</source>
        <translation>Удаление голосования</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="397"/>
        <source>Remove the vote “{question}” and its sheets?</source>
        <translation>Удалить голосование «{question}» и его листы?</translation>
    </message>
</context>
<context>
    <name>VotesModel</name>
    <message>
        <location filename="../../ui/models/votes_model.py" line="76"/>
        <source>Simple</source>
        <translation>Простое</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="77"/>
        <source>Absolute</source>
        <translation>Абсолютное</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="78"/>
        <source>Two thirds</source>
        <translation>Две трети</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="79"/>
        <source>Of registered</source>
        <translation>От зарегистрированных</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="86"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="87"/>
        <source>For</source>
        <translation>За</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="88"/>
        <source>Against</source>
        <translation>Против</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="89"/>
        <source>Abstained</source>
        <translation>Воздержались</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="90"/>
        <source>Rule</source>
        <translation>Нужное большинство</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="91"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="92"/>
        <source>Demands adopted</source>
        <translation>Принятые требования</translation>
    </message>
</context>
<context>
    <name>WipeCountdown</name>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="49"/>
        <source>Practice wipe</source>
        <translation>Учебное стирание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="50"/>
        <source>Practice run: nothing will be deleted</source>
        <translation>Учебный прогон: ничего не будет удалено</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="53"/>
        <source>Wipe</source>
        <translation>Стирание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="54"/>
        <source>Wiping everything on this computer</source>
        <translation>Стирание всего на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="61"/>
        <source>The key files go first: from then on nobody can read the records, with or without the passphrase. Then the records, temporary files, settings, recent folders and logs are deleted, and the app quits.</source>
        <translation>Сначала уничтожаются файлы ключа: с этого момента записи никто не прочтёт, ни с парольной фразой, ни без неё. Затем удаляются записи, временные файлы, настройки, недавние папки и журналы, и программа закрывается.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="65"/>
        <source>Backups on USB sticks are not touched.</source>
        <translation>Резервные копии на флешках не затрагиваются.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="67"/>
        <source>Press any key or click anywhere to cancel.</source>
        <translation>Чтобы отменить, нажмите любую клавишу или щёлкните в любом месте.</translation>
    </message>
</context>
<context>
    <name>WipePracticeDialog</name>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="161"/>
        <source>Practice wipe</source>
        <translation>Учебное стирание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="163"/>
        <source>Practice run: nothing was deleted. A wipe would delete these files, in this order:</source>
        <translation>Учебный прогон: ничего не удалено. Стирание удалило бы эти файлы, в таком порядке:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="165"/>
        <source>Practice run: nothing was deleted. There are no files of Committee Desk to delete.</source>
        <translation>Учебный прогон: ничего не удалено. Файлов Committee Desk для удаления нет.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="172"/>
        <source>Backups on USB sticks are not touched, nor PDFs and exports saved elsewhere: the app keeps no list of them. Take the stick away, or destroy it, yourself.</source>
        <translation>Резервные копии на флешках не затрагиваются, как и PDF и выгрузки, сохранённые в других местах: программа не ведёт их списка. Унесите флешку или уничтожьте её сами.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="191"/>
        <source>{path} (only the app&apos;s part)</source>
        <translation>{path} (только часть, относящаяся к программе)</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../committee_app/services/actions.py" line="17"/>
        <source>This action item no longer exists.</source>
        <translation>Этого поручения больше нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/actions.py" line="28"/>
        <source>Task</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/actions.py" line="30"/>
        <source>Due on</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/actions.py" line="33"/>
        <source>The member chosen no longer exists.</source>
        <translation>Выбранного члена комитета больше нет в записях.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/actions.py" line="37"/>
        <source>This agenda item no longer exists.</source>
        <translation>Этого вопроса повестки больше нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/actions.py" line="40"/>
        <location filename="../../committee_app/services/actions.py" line="78"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>assemblies</name>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="24"/>
        <source>This assembly no longer exists.</source>
        <translation>Этого собрания больше нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="28"/>
        <source>This agenda item no longer exists.</source>
        <translation>Этого вопроса повестки больше нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="32"/>
        <source>The member chosen no longer exists.</source>
        <translation>Выбранного члена комитета больше нет в записях.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="40"/>
        <source>The protocol number must be a whole number from 1.</source>
        <translation>Номер протокола должен быть целым числом не меньше 1.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="43"/>
        <source>Kind of meeting</source>
        <translation>Вид собрания</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="45"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="47"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="49"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="52"/>
        <source>The start must be a date and time.</source>
        <translation>Начало нужно указать датой и временем.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="61"/>
        <source>Guests</source>
        <translation>Гости</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="63"/>
        <source>Invited guests</source>
        <translation>Приглашённые</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="67"/>
        <source>Entitled to take part</source>
        <translation>Имеют право участвовать</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="70"/>
        <source>Signed in besides the members</source>
        <translation>Зарегистрировались помимо членов комитета</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="72"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="79"/>
        <source>Protocol number {number} is already used by another assembly.</source>
        <translation>Номер протокола {number} уже занят другим собранием.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="139"/>
        <source>There is no assembly with protocol number {number}.</source>
        <translation>Собрания с номером протокола {number} нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="155"/>
        <source>Item title</source>
        <translation>Название вопроса</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="161"/>
        <source>Presenter</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="163"/>
        <source>Planned minutes</source>
        <translation>Продолжительность (мин)</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="165"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="221"/>
        <source>This item cannot be removed: its vote adopted the demand “{demand}”, and that record must stay.</source>
        <translation>Этот вопрос нельзя убрать: голосование по нему приняло требование «{demand}», и эта запись должна сохраниться.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="231"/>
        <source>This item cannot be removed: it holds the election “{office}”, whose result is declared, and the mandates it gave must keep where they come from.</source>
        <translation>Этот вопрос нельзя удалить: по нему прошли выборы «{office}», итоги объявлены, и у выданных мандатов должно остаться, откуда они.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="240"/>
        <source>This item cannot be removed: its vote recalled {name}, and that record must stay.</source>
        <translation>Этот вопрос нельзя удалить: его голосованием отозван(а) {name}, и эта запись должна остаться.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="257"/>
        <location filename="../../committee_app/services/assemblies.py" line="643"/>
        <source>Presence</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="376"/>
        <source>Question put to the vote</source>
        <translation>Вопрос, поставленный на голосование</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="377"/>
        <source>Majority rule</source>
        <translation>Нужное большинство</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="119"/>
        <source>A cancelled assembly cannot be marked as held.</source>
        <translation>Отменённое собрание нельзя отметить как проведённое.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="378"/>
        <source>Votes for</source>
        <translation>Голосов «за»</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="379"/>
        <source>Votes against</source>
        <translation>Голосов «против»</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="380"/>
        <source>Abstentions</source>
        <translation>Воздержались</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="428"/>
        <source>The vote “{question}” counted {cast} votes, so at least {cast} must stay registered; this change would leave {registered}.</source>
        <translation>При голосовании «{question}» подсчитано голосов: {cast}, поэтому зарегистрированных должно остаться не меньше {cast}; после этого изменения их было бы {registered}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="442"/>
        <source>This change would make the vote “{question}” fail, and that vote adopted a demand; change the demand first.</source>
        <translation>После этого изменения голосование «{question}» не набрало бы нужного большинства, а им принято требование; сначала измените требование.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="449"/>
        <source>This change would make the vote “{question}” fail, and that vote recalled a delegate, which must stay on record.</source>
        <translation>С этим изменением решение «{question}» не было бы принято, а им отозван делегат, и это должно остаться в записях.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="706"/>
        <source>This vote no longer exists.</source>
        <translation>Этого голосования больше нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="708"/>
        <source>This vote did not carry, so it cannot adopt a demand.</source>
        <translation>Это голосование не прошло, поэтому им нельзя принять требование.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="714"/>
        <source>Adopted by the vote “{question}” of assembly No. {number}.</source>
        <translation>Принято голосованием по вопросу «{question}» на собрании № {number}.</translation>
    </message>
</context>
<context>
    <name>atomic</name>
    <message>
        <location filename="../../committee_app/atomic.py" line="33"/>
        <source>The disk is full: {path} could not be written. Nothing was changed.</source>
        <translation>Диск заполнен: не удалось записать {path}. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../committee_app/atomic.py" line="35"/>
        <source>{path} is on a read-only disk (is the stick or memory card write-protected?). Nothing was changed.</source>
        <translation>{path} находится на диске только для чтения (на флешке или карте памяти включена защита от записи?). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../committee_app/atomic.py" line="39"/>
        <source>No permission to write {path}. Nothing was changed.</source>
        <translation>Нет прав на запись {path}. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../committee_app/atomic.py" line="41"/>
        <source>The folder of {path} does not exist (was the disk removed?). Nothing was changed.</source>
        <translation>Папки для {path} не существует (может быть, диск отключили?). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../committee_app/atomic.py" line="43"/>
        <source>{path} could not be written ({reason}). Nothing was changed.</source>
        <translation>Не удалось записать {path} ({reason}). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../committee_app/atomic.py" line="57"/>
        <source>{path} is not an ordinary file (a folder, a link or a device); nothing was written.</source>
        <translation>{path} — не обычный файл (а папка, ссылка или устройство); ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../committee_app/atomic.py" line="113"/>
        <source>{path} was written, but the disk did not confirm it is stored safely ({reason}).</source>
        <translation>Файл {path} записан, но диск не подтвердил, что он надёжно сохранён ({reason}).</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../committee_app/backup/format.py" line="80"/>
        <source>Opening the backup {path} would take {memory} MiB of memory and {passes} passes of key derivation, more than {factor} times what Committee Desk&apos;s own backups take ({usual_memory} MiB, {usual_passes} passes). It may have been made to keep this computer busy. It was not opened.</source>
        <translation>Чтобы открыть резервную копию {path}, нужно {memory} МиБ памяти и {passes} проходов вычисления ключа — больше чем в {factor} раза больше, чем требуют копии самой Committee Desk ({usual_memory} МиБ, {usual_passes} прохода). Возможно, её сделали, чтобы надолго занять этот компьютер. Она не открыта.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/format.py" line="204"/>
        <source>The backup {path} is damaged or incomplete: it cannot be used.</source>
        <translation>Резервная копия {path} повреждена или неполна: ею нельзя воспользоваться.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/format.py" line="210"/>
        <source>The backup {path} has impossible settings in its header; it was not opened.</source>
        <translation>В заголовке резервной копии {path} недопустимые параметры; она не открывалась.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/format.py" line="220"/>
        <location filename="../../committee_app/backup/format.py" line="318"/>
        <source>{path} is not a Committee Desk backup.</source>
        <translation>{path} — не резервная копия Committee Desk.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/format.py" line="226"/>
        <source>The backup {path} was made by a newer version of Committee Desk. Install it to open it.</source>
        <translation>Резервная копия {path} сделана более новой версией Committee Desk. Установите её, чтобы открыть копию.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/format.py" line="289"/>
        <source>Wrong passphrase for this backup. Check the keyboard layout and Caps Lock.</source>
        <translation>Неверная парольная фраза для этой резервной копии. Проверьте раскладку клавиатуры и Caps Lock.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/format.py" line="316"/>
        <source>There is no backup at {path}.</source>
        <translation>Резервной копии {path} нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/restore.py" line="48"/>
        <source>The backup {path} holds things Committee Desk never writes ({kind} {name}); it was not restored.</source>
        <translation>В резервной копии {path} есть то, чего Committee Desk никогда не записывает ({kind} {name}); она не восстановлена.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/restore.py" line="107"/>
        <source>The backup {path} was made by a newer version of Committee Desk; it was not restored.</source>
        <translation>Резервная копия {path} сделана более новой версией Committee Desk; она не восстановлена.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/snapshot.py" line="135"/>
        <source>The store {path} is damaged: a copy of it fails SQLite&apos;s integrity check, so no backup was written (the backups made before are kept). Restore the records from the last good backup.</source>
        <translation>Хранилище {path} повреждено: его копия не проходит проверку целостности SQLite, поэтому резервная копия не записана (сделанные раньше копии сохранены). Восстановите записи из последней исправной копии.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/snapshot.py" line="229"/>
        <source>The store is over 4 GiB: a backup this large cannot be kept on a FAT32 stick.</source>
        <translation>Хранилище больше 4 ГиБ: такую большую резервную копию нельзя хранить на флешке с FAT32.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/snapshot.py" line="254"/>
        <source>The snapshot changed while it was being written.</source>
        <translation>Снимок хранилища изменился во время записи.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/snapshot.py" line="197"/>
        <location filename="../../committee_app/backup/snapshot.py" line="296"/>
        <source>The backup {path} could not be read ({reason}). Was the stick removed?</source>
        <translation>Не удалось прочитать резервную копию {path} ({reason}). Флешку вынули?</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/backups.py" line="175"/>
        <source>The free space on {folder} went down by {taken} KiB while a backup of {size} KiB was written to it. The stick may not be able to keep what is written to it (a fake-capacity or failing stick): keep another backup on a different stick.</source>
        <translation>Свободное место на {folder} уменьшилось на {taken} КиБ, хотя туда записана резервная копия размером {size} КиБ. Возможно, флешка не может сохранить то, что на неё записывают (поддельный объём или неисправность): сделайте ещё одну копию на другой флешке.</translation>
    </message>
</context>
<context>
    <name>bundle</name>
    <message>
        <location filename="../../committee_app/exchange/bundle_format.py" line="60"/>
        <source>{path} is not a Committee Desk bundle.</source>
        <translation>{path} — не пакет Committee Desk.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_format.py" line="65"/>
        <source>The bundle {path} is damaged, incomplete or was changed after it was written: nothing was imported. Ask for it to be written again.</source>
        <translation>Пакет {path} повреждён, неполон или изменён после записи: ничего не импортировано. Попросите записать его заново.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_format.py" line="75"/>
        <source>The bundle {path} was written by a newer version of Committee Desk. Install it to import the bundle.</source>
        <translation>Пакет {path} записан более новой версией Committee Desk. Установите её, чтобы импортировать пакет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_format.py" line="162"/>
        <source>Wrong passphrase for this bundle. Use the passphrase the committee and the council agreed on; check the keyboard layout and Caps Lock.</source>
        <translation>Неверная парольная фраза для этого пакета. Введите парольную фразу, о которой договорились комитет и совет; проверьте раскладку клавиатуры и Caps Lock.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_format.py" line="199"/>
        <source>There is no bundle at {path}.</source>
        <translation>Пакета {path} нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_format.py" line="204"/>
        <source>The bundle {path} could not be read ({reason}). Was the stick removed?</source>
        <translation>Не удалось прочитать пакет {path} ({reason}). Флешку вынули?</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_import.py" line="54"/>
        <source>This bundle was written from this very store ({name}): there is nothing to import.</source>
        <translation>Этот пакет записан из этого же хранилища ({name}): импортировать нечего.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_import.py" line="61"/>
        <source>This bundle comes from another council ({name}). A council imports its committees&apos; bundles.</source>
        <translation>Этот пакет от другого совета ({name}). Совет импортирует пакеты своих комитетов.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_import.py" line="68"/>
        <source>This bundle comes from a committee ({name}). Committee bundles are imported in the council&apos;s store (a store whose committee kind is “council”); a committee imports only its council&apos;s bundles.</source>
        <translation>Этот пакет от комитета ({name}). Пакеты комитетов импортируются в хранилище совета (вид комитета — «совет»); комитет импортирует только пакеты своего совета.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_import.py" line="80"/>
        <source>This bundle from {name} was written on {this}, before the one already imported (written on {previous}). Nothing was changed; import their newest bundle.</source>
        <translation>Этот пакет от «{name}» записан {this}, раньше уже импортированного (записан {previous}). Ничего не изменено; импортируйте их самый новый пакет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_import.py" line="119"/>
        <source>The bundle from {name} says it was written on {this}, which is still to come: the clock of the laptop that wrote it is wrong. Nothing was imported; set that clock right and write the bundle again.</source>
        <translation>В пакете от «{name}» указано, что он записан {this}, а этот день ещё не наступил: часы ноутбука, на котором его записали, идут неверно. Ничего не импортировано; поставьте там верное время и запишите пакет заново.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_import.py" line="129"/>
        <source>This bundle from {name} holds records that another committee&apos;s bundle already brought here (the same record identifiers): it was not imported. It may be a copy of another committee&apos;s records under a new name; ask the committees which of them wrote it.</source>
        <translation>В этом пакете от «{name}» есть записи, которые уже принёс пакет другого комитета (те же идентификаторы записей): он не импортирован. Возможно, это копия записей другого комитета под новым названием; выясните у комитетов, кто из них его записал.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_content.py" line="57"/>
        <source>These records hold no committee name (it is given when the records are created), and a bundle names its committee: no bundle was written.</source>
        <translation>В этих записях нет названия комитета (его дают при создании записей), а пакет называет свой комитет: пакет не записан.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../committee_app/cli.py" line="52"/>
        <source>Committee Desk: the encrypted records of a workers&apos; action committee.</source>
        <translation>Committee Desk: зашифрованные записи рабочего комитета.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="58"/>
        <source>show the version and exit</source>
        <translation>показать версию и выйти</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="60"/>
        <source>the store file (default: the user data folder)</source>
        <translation>файл хранилища (по умолчанию — в папке данных пользователя)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="62"/>
        <source>read the passphrase from this file instead of asking</source>
        <translation>брать парольную фразу из этого файла, а не спрашивать</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="66"/>
        <source>create a new, empty store</source>
        <translation>создать новое пустое хранилище</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="67"/>
        <source>the committee&apos;s name</source>
        <translation>название комитета</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="72"/>
        <source>the kind of committee</source>
        <translation>вид комитета</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="74"/>
        <source>town or district</source>
        <translation>город или район</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="75"/>
        <source>the enterprise, for a workplace committee</source>
        <translation>предприятие — для комитета предприятия</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="80"/>
        <source>the language of printed documents</source>
        <translation>язык печатных документов</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="83"/>
        <source>create (or replace) a store filled with demo records</source>
        <translation>создать (или заменить) хранилище с демо-записями</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="84"/>
        <source>do not open the desktop window</source>
        <translation>не открывать окно программы</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="85"/>
        <source>replace an existing demo store without asking</source>
        <translation>заменить существующее демо-хранилище, не спрашивая</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="89"/>
        <source>list members, optionally only those matching</source>
        <translation>список членов комитета; можно показать только подходящих под поиск</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="90"/>
        <source>any part of name, phone, workplace or shop</source>
        <translation>любая часть имени, телефона, места работы или цеха</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="92"/>
        <source>only members with this status</source>
        <translation>только члены комитета с этим статусом</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="96"/>
        <source>erase a member completely: name, phone, workplace and notes are removed from every record</source>
        <translation>удалить члена комитета полностью: имя, телефон, место работы и заметки убираются из всех записей</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="100"/>
        <source>the member&apos;s number, as `members list` shows it</source>
        <translation>номер члена комитета, как его показывает `members list`</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="101"/>
        <source>erase without asking</source>
        <translation>удалить без вопроса</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="102"/>
        <source>add a member</source>
        <translation>добавить члена комитета</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="103"/>
        <source>full name</source>
        <translation>фамилия, имя, отчество</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="104"/>
        <source>phone number</source>
        <translation>номер телефона</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="105"/>
        <source>where the member works</source>
        <translation>где работает</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="106"/>
        <source>shop or department</source>
        <translation>цех или отдел</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="107"/>
        <source>trade or job</source>
        <translation>профессия или должность</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="112"/>
        <source>role in the committee</source>
        <translation>роль в комитете</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="117"/>
        <source>write every record as JSON</source>
        <translation>записать все данные в формате JSON</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="118"/>
        <source>the file to write (default: standard output)</source>
        <translation>файл для записи (по умолчанию — стандартный вывод)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="120"/>
        <source>verify the store&apos;s integrity and encryption</source>
        <translation>проверить целостность и шифрование хранилища</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="125"/>
        <source>change the store&apos;s passphrase</source>
        <translation>сменить парольную фразу хранилища</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="127"/>
        <source>read the new passphrase from this file instead of asking</source>
        <translation>брать новую парольную фразу из этого файла, а не спрашивать</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="133"/>
        <source>destroy the store&apos;s key files, then delete the store, its temporary files, the settings and the logs (backups on USB sticks are not touched)</source>
        <translation>уничтожить файлы ключа хранилища, затем удалить хранилище, его временные файлы, настройки и журналы (резервные копии на флешках не затрагиваются)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="139"/>
        <source>wipe without asking</source>
        <translation>стереть, не спрашивая</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="141"/>
        <source>only list what would be deleted; delete nothing</source>
        <translation>только перечислить, что было бы удалено; ничего не удалять</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="148"/>
        <source>write the member list to a spreadsheet (personal data: keep it safe)</source>
        <translation>записать список членов в электронную таблицу (персональные данные: храните бережно)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="151"/>
        <source>the file to write: .csv (for Excel) or .xlsx</source>
        <translation>файл для записи: .csv (для Excel) или .xlsx</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="158"/>
        <source>the separator of a CSV file (default: ; as Excel on a Russian or Kazakh Windows expects)</source>
        <translation>разделитель в файле CSV (по умолчанию ; — его ждёт Excel в русской или казахской Windows)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="163"/>
        <source>the language of the column headers, roles and statuses (default: that of the messages)</source>
        <translation>язык заголовков столбцов, ролей и статусов (по умолчанию — язык сообщений)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="186"/>
        <source>“{name}” is not a member field; the fields: {fields}.</source>
        <translation>«{name}» — не поле члена; поля: {fields}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="195"/>
        <source>add the members listed in a CSV file or an Excel workbook (.xlsx)</source>
        <translation>добавить членов комитета из файла CSV или книги Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="197"/>
        <source>the CSV or .xlsx file</source>
        <translation>файл CSV или .xlsx</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="199"/>
        <source>only say what importing would do; write nothing</source>
        <translation>только сообщить, что сделает импорт; ничего не записывать</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="202"/>
        <source>the CSV file&apos;s encoding (default: detected)</source>
        <translation>кодировка файла CSV (по умолчанию определяется сама)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="208"/>
        <source>the CSV file&apos;s separator: , or ; or tab (default: detected)</source>
        <translation>разделитель файла CSV: , или ; или tab (по умолчанию определяется сам)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="210"/>
        <source>the workbook&apos;s sheet (default: the first)</source>
        <translation>лист книги (по умолчанию первый)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="214"/>
        <source>the file has no row of column names: its first row is a member</source>
        <translation>в файле нет строки с названиями столбцов: в первой строке уже член</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="220"/>
        <source>what each column holds, in order, separated by commas, with - for a column to leave out (e.g. full_name,phone,-,unit); the fields: {fields} (default: recognised from the header)</source>
        <translation>что в каждом столбце, по порядку, через запятую, с - для столбца, который не импортируется (например, full_name,phone,-,unit); поля: {fields} (по умолчанию: распознаются по заголовку)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="230"/>
        <source>what to do with a row that is the same as a member already there (same name, and same phone or none): skip it, or update the member from it (default: skip)</source>
        <translation>что делать со строкой, совпадающей с уже записанным членом комитета (то же имя и тот же телефон или без телефона): пропустить её (skip) или обновить по ней данные члена (update); по умолчанию skip</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="239"/>
        <source>write an encrypted backup and verify it</source>
        <translation>записать зашифрованную резервную копию и проверить её</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="241"/>
        <source>the folder to write the backup in (a USB stick)</source>
        <translation>папка для резервной копии (флешка)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="254"/>
        <source>check a backup file and say what it holds</source>
        <translation>проверить файл резервной копии и показать, что в нём</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="255"/>
        <location filename="../../committee_app/cli.py" line="257"/>
        <source>the backup file (.cdbk)</source>
        <translation>файл резервной копии (.cdbk)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="256"/>
        <source>replace the store with the records of a backup</source>
        <translation>заменить хранилище записями из резервной копии</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="258"/>
        <source>restore without asking</source>
        <translation>восстановить без вопроса</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="263"/>
        <source>open a backup whose header asks for far more memory and time than the app&apos;s own backups take (otherwise asked, or refused when not at a terminal)</source>
        <translation>открыть резервную копию, заголовок которой требует намного больше памяти и времени, чем копии самой программы (иначе программа спросит, а не в терминале — откажет)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="293"/>
        <source>a protocol number is a whole number from 1 to {largest}, not {value}</source>
        <translation>номер протокола — целое число от 1 до {largest}, а не {value}</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="307"/>
        <source>must be a whole number of at least 1: {value}</source>
        <translation>должно быть целым числом не меньше 1: {value}</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="313"/>
        <source>exchange records with the council (or with the committees, in a council&apos;s store)</source>
        <translation>обмен записями с советом (или с комитетами — в хранилище совета)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="318"/>
        <source>write a bundle: held assemblies (counts, no names), resolutions and adopted demands with their votes and history</source>
        <translation>записать пакет: проведённые собрания (числа, без имён), постановления и принятые требования с голосованием и историей</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="325"/>
        <source>the bundle file to write (.cdcb)</source>
        <translation>файл пакета для записи (.cdcb)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="330"/>
        <source>include the delegates&apos; names (never phones or workplaces); without it no member is named</source>
        <translation>включить имена делегатов (никогда не телефоны и не места работы); без этого ни один член не назван</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="332"/>
        <source>import a bundle from a committee or from the council</source>
        <translation>импортировать пакет от комитета или от совета</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="333"/>
        <source>the bundle file (.cdcb)</source>
        <translation>файл пакета (.cdcb)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="339"/>
        <source>read the passphrase the committee and the council share from this file instead of asking</source>
        <translation>прочитать общую парольную фразу комитета и совета из этого файла, а не спрашивать</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="346"/>
        <source>print a document to a PDF file</source>
        <translation>напечатать документ в файл PDF</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="349"/>
        <source>the notice and agenda of an assembly</source>
        <translation>извещение о собрании и повестка дня</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="350"/>
        <source>the sign-in sheet of an assembly</source>
        <translation>лист регистрации собрания</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="351"/>
        <source>the minutes (protocol) of an assembly</source>
        <translation>протокол собрания</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="359"/>
        <location filename="../../committee_app/cli.py" line="376"/>
        <location filename="../../committee_app/cli.py" line="404"/>
        <location filename="../../committee_app/cli.py" line="493"/>
        <source>the assembly&apos;s protocol number</source>
        <translation>номер протокола собрания</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="366"/>
        <source>numbered blank rows after the members, for those not in the member list (default: one for each worker entitled and not listed, at most {pages} pages)</source>
        <translation>нумерованные пустые строки после членов комитета для тех, кого нет в списке (по умолчанию — по строке на каждого, кто имеет право участвовать и не внесён в список, но не больше {pages} страниц)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="373"/>
        <source>numbered tally sheets for a count of hands on one agenda item, one for each counter</source>
        <translation>пронумерованные счётные листы для подсчёта рук по одному вопросу повестки, по одному на каждого счётчика</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="430"/>
        <source>the adopted demands still standing</source>
        <translation>принятые требования, ещё не выполненные полностью</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="434"/>
        <source>in a council&apos;s store: the common demands and which committees adopted each</source>
        <translation>в хранилище совета: общие требования и какие комитеты приняли каждое</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="438"/>
        <source>the member list (personal data: keep it safe)</source>
        <translation>список членов комитета (персональные данные: храните надёжно)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="165"/>
        <location filename="../../committee_app/cli.py" line="440"/>
        <source>list members who have left too</source>
        <translation>включить в список и выбывших</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="87"/>
        <source>list, add or import members</source>
        <translation>список, добавление и импорт членов комитета</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="391"/>
        <source>how many sheets: one for each counter or sector of the hall; --sheets and --sectors are the same (1 to {most}, default {default})</source>
        <translation>сколько листов: по одному на каждого счётчика или сектор зала; --sheets и --sectors — одно и то же (от 1 до {most}, по умолчанию {default})</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="399"/>
        <source>ballot papers for the secret ballot of an election held on one agenda item</source>
        <translation>бюллетени для тайного голосования на выборах по одному вопросу повестки</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="400"/>
        <source>the counting commission&apos;s protocol of an election held on one agenda item</source>
        <translation>протокол счётной комиссии выборов по одному вопросу повестки</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="411"/>
        <source>the number on the agenda of the item that holds the election</source>
        <translation>номер в повестке вопроса, по которому проходят выборы</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="418"/>
        <source>how many ballot papers, two to a page where they fit (1 to {most}; default: one for each one registered at the assembly, or entitled before anyone is registered)</source>
        <translation>сколько бюллетеней, по два на страницу, где помещаются (от 1 до {most}; по умолчанию — по одному на каждого зарегистрировавшегося на собрании, а пока никто не зарегистрирован — на каждого имеющего право)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="427"/>
        <source>the delegates with their mandates, and those recalled, with the vote</source>
        <translation>делегаты с их мандатами и отозванные — с голосованием</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="451"/>
        <source>an agenda item&apos;s number is a whole number from 1, not {value}</source>
        <translation>номер вопроса повестки — целое число от 1, а не {value}</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="464"/>
        <source>the number of sheets is a whole number from 1 to {most}, not {value}</source>
        <translation>число листов — целое число от 1 до {most}, а не {value}</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="479"/>
        <source>the number of ballot papers is a whole number from 1 to {most}, not {value}</source>
        <translation>число бюллетеней — целое число от 1 до {most}, а не {value}</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="487"/>
        <source>the elections held at an assembly and their results</source>
        <translation>выборы на собрании и их итоги</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="490"/>
        <source>each election of an assembly: the candidates, their votes, who is elected</source>
        <translation>все выборы собрания: кандидаты, их голоса, кто избран</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="499"/>
        <source>the PDF file to write</source>
        <translation>файл PDF, в который записать документ</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="504"/>
        <source>the document&apos;s language (default: the committee&apos;s language for documents)</source>
        <translation>язык документа (по умолчанию — язык документов, заданный для комитета)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="506"/>
        <source>the paper size</source>
        <translation>формат бумаги</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="512"/>
        <source>for paper that may be seized: initials instead of names, no phones or workplaces, counts instead of lists of those present (texts typed into the records print as typed)</source>
        <translation>для бумаг, которые могут изъять: инициалы вместо имён, без телефонов и мест работы, вместо списков присутствовавших — их число (тексты, набранные в записях, печатаются как набраны)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="523"/>
        <source>give the time of printing in the footer, not only the date</source>
        <translation>указывать в колонтитуле время печати, а не только дату</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="616"/>
        <source>Passphrase: </source>
        <translation>Парольная фраза: </translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="631"/>
        <location filename="../../committee_app/cli.py" line="924"/>
        <source>New passphrase: </source>
        <translation>Новая парольная фраза: </translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="639"/>
        <source>Created the store {path}.</source>
        <translation>Хранилище создано: {path}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="640"/>
        <source>Keep the passphrase safe: if it is forgotten, the records cannot be recovered.</source>
        <translation>Берегите парольную фразу: если её забыть, записи восстановить нельзя.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="647"/>
        <source>[y/N]</source>
        <translation>[д/Н]</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="660"/>
        <source>A demo store already exists at {path}. Replace it with a fresh one?</source>
        <translation>Демо-хранилище уже есть: {path}. Заменить его новым?</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="663"/>
        <source>The store at {path} was kept. To replace it, answer yes or add --yes.</source>
        <translation>Хранилище {path} оставлено как было. Чтобы заменить его, ответьте «да» или добавьте --yes.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="666"/>
        <source>Passphrase for the demo store: </source>
        <translation>Парольная фраза для демо-хранилища: </translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="669"/>
        <source>Creating the demo store…</source>
        <translation>Создаётся демо-хранилище…</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="671"/>
        <source>Created the demo store {path}.</source>
        <translation>Демо-хранилище создано: {path}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="694"/>
        <source>The desktop application is not installed; the commands work (committee-app --help).</source>
        <translation>Оконная программа не установлена; команды работают (committee-app --help).</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="720"/>
        <source>the standard output</source>
        <translation>стандартный вывод</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="731"/>
        <source>There is no member no. {id}.</source>
        <translation>Члена комитета № {id} нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="733"/>
        <source>Erase member no. {id} completely? Their name, phone, workplace and notes will be removed from every record and cannot be brought back.</source>
        <translation>Удалить члена комитета № {id} полностью? Имя, телефон, место работы и заметки будут убраны из всех записей, вернуть их будет нельзя.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="739"/>
        <source>Nothing was erased. To erase, answer yes or add --yes.</source>
        <translation>Ничего не удалено. Чтобы удалить, ответьте «да» или добавьте --yes.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="742"/>
        <source>Member no. {id} was erased: the records now say “{placeholder}”. Records changed: {count}.</source>
        <translation>Член комитета № {id} удалён: теперь в записях стоит «{placeholder}». Изменено записей: {count}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="747"/>
        <source>Backups made before still hold this person. Make a new one with `backup --to DIR --keep 1`, which removes this store&apos;s older backups there, and delete any other copies.</source>
        <translation>В резервных копиях, сделанных раньше, этот человек остаётся. Сделайте новую командой `backup --to DIR --keep 1` — она удалит там прежние копии этого хранилища, — и удалите все другие копии.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="778"/>
        <source>Added member no. {id}.</source>
        <translation>Добавлен член комитета № {id}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="788"/>
        <source>Members found: {count}.</source>
        <translation>Найдено членов комитета: {count}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="799"/>
        <source>{path} is a folder: give the name of the file to write, such as {example}.</source>
        <translation>{path} — это папка: укажите имя файла для записи, например {example}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="813"/>
        <source>Members written: {count}.</source>
        <translation>Записано членов: {count}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="823"/>
        <source>There is no file {path}.</source>
        <translation>Файла {path} нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="835"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="837"/>
        <source>Read {path}: CSV in {encoding}, separator “{separator}”.</source>
        <translation>Прочитан {path}: CSV в кодировке {encoding}, разделитель «{separator}».</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="842"/>
        <source>Read {path}: the sheet “{sheet}”.</source>
        <translation>Прочитан {path}: лист «{sheet}».</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="844"/>
        <source>Column headers in row {row}.</source>
        <translation>Заголовки столбцов в строке {row}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="846"/>
        <source>New: {new}; the same as a member or an earlier row: {same}; errors: {errors}.</source>
        <translation>Новых: {new}; совпадают с членом или строкой выше: {same}; с ошибками: {errors}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="852"/>
        <source>Row {row}: {reason}</source>
        <translation>Строка {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="854"/>
        <source>… and {count} more rows with errors.</source>
        <translation>… и ещё строк с ошибками: {count}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="856"/>
        <source>A dry run: nothing was written.</source>
        <translation>Пробный прогон: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="862"/>
        <source>Added {added} members, updated {updated}, skipped {skipped}; rows with errors left out: {errors}.</source>
        <translation>Добавлено членов комитета: {added}, обновлено: {updated}, пропущено: {skipped}; не взято строк с ошибками: {errors}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="883"/>
        <source>Warning: what was written holds the members&apos; personal data, unencrypted. Keep it out of other hands and delete it when it is no longer needed.</source>
        <translation>Внимание: в выведенном — персональные данные членов комитета в незашифрованном виде. Не допускайте, чтобы это попало в чужие руки, и удалите, когда станет не нужно.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="908"/>
        <source>Records: members {members}, assemblies {assemblies}, demands {demands}, action items {actions}.</source>
        <translation>Записи: членов комитета {members}, собраний {assemblies}, требований {demands}, поручений {actions}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="878"/>
        <source>Wrote every record to {path}.</source>
        <translation>Все записи сохранены в {path}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="33"/>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="44"/>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="45"/>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="46"/>
        <source>show this help and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="248"/>
        <source>after a verified backup, keep this store&apos;s newest N backups in the folder and remove its older ones (default: 10)</source>
        <translation>после проверенной копии оставить в папке N новейших копий этого хранилища, а более старые удалить (по умолчанию 10)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="273"/>
        <source>read the backup&apos;s passphrase from this file (default: the separate backup passphrase set in the app, else the store&apos;s passphrase)</source>
        <translation>прочитать парольную фразу резервной копии из этого файла (по умолчанию — отдельная фраза для копий, заданная в приложении, иначе — парольная фраза хранилища)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="545"/>
        <source>{option}: the text holds a NUL character (a zero byte), which no record can hold.</source>
        <translation>{option}: в тексте есть символ NUL (нулевой байт), которого не может быть ни в одной записи.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="548"/>
        <source>{option}: the text holds bytes that are not UTF-8: is the terminal set to another encoding? Set it to UTF-8 and type the text again.</source>
        <translation>{option}: в тексте есть байты не в кодировке UTF-8 — может быть, в терминале выбрана другая кодировка? Выберите UTF-8 и наберите текст снова.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="554"/>
        <source>{option}: the text holds a broken character (half of a surrogate pair), which no record can hold.</source>
        <translation>{option}: в тексте есть испорченный символ (половина суррогатной пары), которого не может быть ни в одной записи.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="564"/>
        <source>{option}: the path holds a NUL character (a zero byte), which no file name can hold.</source>
        <translation>{option}: в пути есть символ NUL (нулевой байт), которого не может быть ни в одном имени файла.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="568"/>
        <source>{option}: the path holds a broken character (half of a surrogate pair), which no file name can hold.</source>
        <translation>{option}: в пути есть испорченный символ (половина суррогатной пары), которого не может быть ни в одном имени файла.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="900"/>
        <source>ok</source>
        <translation>в порядке</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="900"/>
        <source>PROBLEM</source>
        <translation>ПРОБЛЕМА</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="901"/>
        <source>Database integrity: {result}</source>
        <translation>Целостность базы данных: {result}</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="904"/>
        <source>Encryption (page authentication): {result}</source>
        <translation>Шифрование (проверка подлинности страниц): {result}</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="905"/>
        <source>Key files intact: {count} of 2</source>
        <translation>Целых файлов ключа: {count} из 2</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="913"/>
        <source>The store has problems: make a backup of what can be read and restore from a good backup.</source>
        <translation>С хранилищем проблемы: сделайте резервную копию того, что удаётся прочитать, и восстановите хранилище из исправной резервной копии.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="929"/>
        <source>The passphrase was changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="931"/>
        <source>Any earlier copy of the key files (.key1, .key2) still opens the store with the old passphrase: destroy such copies.</source>
        <translation>Любая прежняя копия файлов ключа (.key1, .key2) по-прежнему открывает хранилище старой парольной фразой: уничтожьте такие копии.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="812"/>
        <location filename="../../committee_app/cli.py" line="993"/>
        <source>Wrote {path}.</source>
        <translation>Файл записан: {path}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="703"/>
        <source>Warning: {path} holds the members&apos; personal data, unencrypted. Keep it out of other hands and delete it when it is no longer needed.</source>
        <translation>Внимание: в файле {path} — персональные данные членов комитета в незашифрованном виде. Не допускайте, чтобы он попал в чужие руки, и удалите его, когда он станет не нужен.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1138"/>
        <source>Backup passphrase: </source>
        <translation>Парольная фраза резервной копии: </translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1142"/>
        <source>Verified: {members} members, {assemblies} assemblies, {demands} demands.</source>
        <translation>Проверено: членов комитета — {members}, собраний — {assemblies}, требований — {demands}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1151"/>
        <source>There is no folder {folder}: is the stick plugged in and mounted? Choose an existing folder.</source>
        <translation>Папки {folder} нет: флешка вставлена и подключена? Выберите существующую папку.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1159"/>
        <source>There is no backup file {path}.</source>
        <translation>Файла резервной копии {path} нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1181"/>
        <source>Writing the backup…</source>
        <translation>Запись резервной копии…</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1172"/>
        <source>Reading the backup back from {path}…</source>
        <translation>Повторное чтение резервной копии из {path}…</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="382"/>
        <source>the item&apos;s number on the agenda; without it, a line on each sheet to write the item in</source>
        <translation>номер вопроса в повестке; без него на каждом листе строка, куда вписать вопрос</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1053"/>
        <source>Assembly No. {number} holds no election.</source>
        <translation>На собрании № {number} выборов нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1063"/>
        <source>Item {position}. {title}</source>
        <translation>Вопрос {position}. {title}</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1064"/>
        <source>Election: {office} — {body}</source>
        <translation>Выборы: {office} — {body}</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1068"/>
        <source>{rule}: at least {required} votes of {registered} registered</source>
        <translation>{rule}: не менее {required} голосов из {registered} зарегистрировавшихся</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1072"/>
        <source>Seats: {seats}. {kind}. {rule}.</source>
        <translation>Мест: {seats}. {kind}. {rule}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1079"/>
        <source>Ballots: issued {issued}, in the ballot box {found}, invalid {invalid}, valid {valid}.</source>
        <translation>Бюллетени: выдано {issued}, в урне {found}, недействительных {invalid}, действительных {valid}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1084"/>
        <source>Counting commission: {names}.</source>
        <translation>Счётная комиссия: {names}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1089"/>
        <source>elected</source>
        <translation>избран(а)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1091"/>
        <source>tie</source>
        <translation>поровну</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1096"/>
        <source>No candidates yet.</source>
        <translation>Кандидатов пока нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1098"/>
        <source>Not every candidate&apos;s votes are counted yet.</source>
        <translation>Голоса подсчитаны ещё не у всех кандидатов.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1104"/>
        <source>Mandates from {start} to {end}.</source>
        <translation>Полномочия с {start} по {end}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1107"/>
        <source>Mandates from {start}.</source>
        <translation>Полномочия с {start}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1110"/>
        <source>Declared in the minutes on {when}.</source>
        <translation>Итоги объявлены в протоколе {when}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1112"/>
        <source>Not declared in the minutes yet.</source>
        <translation>Итоги в протоколе ещё не объявлены.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1118"/>
        <source>Elected: {names}.</source>
        <translation>Избраны: {names}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1121"/>
        <source>Tied for the last seats ({seats} open): {names}; a new round decides.</source>
        <translation>Поровну голосов за последние места (свободно {seats}): {names}; решит новый тур.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1126"/>
        <source>No one was elected.</source>
        <translation>Никто не избран.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1128"/>
        <source>Seats not filled: {seats}.</source>
        <translation>Незанятых мест: {seats}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1185"/>
        <source>Wrote the backup {path}.</source>
        <translation>Резервная копия записана: {path}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1190"/>
        <source>Old backups removed: {count}; the newest {keep} are kept.</source>
        <translation>Удалено старых резервных копий: {count}; сохранены самые новые ({keep}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1194"/>
        <source>Eject the stick safely before pulling it out, or the backup may be lost.</source>
        <translation>Перед тем как вынуть флешку, извлеките её безопасно, иначе копия может пропасть.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1204"/>
        <location filename="../../committee_app/cli.py" line="1234"/>
        <source>The backup {path} is whole.</source>
        <translation>Резервная копия {path} цела.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1217"/>
        <source>Open it anyway?</source>
        <translation>Всё равно открыть?</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1219"/>
        <source>To open it anyway, answer yes or add --open-costly.</source>
        <translation>Чтобы всё равно открыть её, ответьте «да» или добавьте --open-costly.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1238"/>
        <source>Replace the store {path} with this backup? The current store will be kept as {aside}.</source>
        <translation>Заменить хранилище {path} этой резервной копией? Текущее хранилище будет сохранено как {aside}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1242"/>
        <source>Restore this backup as the store {path}?</source>
        <translation>Восстановить эту резервную копию как хранилище {path}?</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1244"/>
        <source>Nothing was restored. To restore, answer yes or add --yes.</source>
        <translation>Ничего не восстановлено. Чтобы восстановить, ответьте «да» или добавьте --yes.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1246"/>
        <source>Restored the backup into {path}.</source>
        <translation>Резервная копия восстановлена в {path}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1248"/>
        <source>The previous store was moved to {aside}.</source>
        <translation>Прежнее хранилище перемещено в {aside}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1249"/>
        <source>The restored store opens with the backup&apos;s passphrase.</source>
        <translation>Восстановленное хранилище открывается парольной фразой резервной копии.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1260"/>
        <source>Passphrase shared with the council: </source>
        <translation>Общая с советом парольная фраза: </translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1282"/>
        <source>Wrote the bundle {path}: {assemblies} held assemblies, {demands} adopted demands.</source>
        <translation>Записан пакет {path}: проведённых собраний: {assemblies}, принятых требований: {demands}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1287"/>
        <source>No member is named in it.</source>
        <translation>Ни один член в нём не назван.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1290"/>
        <source>It names {count} delegates (names only). Keep the stick safe.</source>
        <translation>В нём названы делегаты: {count} (только имена). Берегите флешку.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1300"/>
        <source>There is no bundle file {path}.</source>
        <translation>Файла пакета {path} нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1308"/>
        <source>Imported the bundle of {name} written on {made}: {assemblies} held assemblies, {demands} adopted demands.</source>
        <translation>Импортирован пакет «{name}», записанный {made}: проведённых собраний: {assemblies}, принятых требований: {demands}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1310"/>
        <source>Updated from the bundle of {name} written on {made}: {assemblies} held assemblies, {demands} adopted demands.</source>
        <translation>Обновлено из пакета «{name}», записанного {made}: проведённых собраний: {assemblies}, принятых требований: {demands}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1324"/>
        <source>Its earlier bundle named it «{name}»: check that it is the same committee.</source>
        <translation>В его прежнем пакете он назывался «{name}»: проверьте, что это тот же комитет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1338"/>
        <source>Practice: nothing is deleted. A wipe of {path} would delete:</source>
        <translation>Учебный прогон: ничего не удаляется. Стирание {path} удалило бы:</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1343"/>
        <source>{path} (only the app&apos;s part)</source>
        <translation>{path} (только часть, относящаяся к программе)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1347"/>
        <source>There is nothing of Committee Desk to delete here.</source>
        <translation>Здесь нечего удалять: файлов Committee Desk нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1348"/>
        <source>Backups on USB sticks, and PDFs or exports saved elsewhere, are not touched.</source>
        <translation>Резервные копии на флешках, а также PDF и выгрузки, сохранённые в других местах, не затрагиваются.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1351"/>
        <source>Delete all of this now? It cannot be undone.</source>
        <translation>Удалить всё это сейчас? Отменить будет нельзя.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1353"/>
        <source>Nothing was deleted. To wipe, answer yes or add --yes.</source>
        <translation>Ничего не удалено. Чтобы стереть, ответьте «да» или добавьте --yes.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1357"/>
        <source>Not deleted: {path} ({reason})</source>
        <translation>Не удалено: {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1359"/>
        <source>The key files remain: the records can still be opened. Delete them by hand.</source>
        <translation>Файлы ключа остались: записи всё ещё можно открыть. Удалите их вручную.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1361"/>
        <source>Wiped. Files deleted: {count}.</source>
        <translation>Стёрто. Удалено файлов: {count}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1444"/>
        <source>Stopped. Nothing was half-written.</source>
        <translation>Остановлено. Ничего не записано наполовину.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1448"/>
        <source>(the log could not be written)</source>
        <translation>(журнал записать не удалось)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1450"/>
        <source>Sorry, something went wrong inside Committee Desk. Details are in the log: {path}</source>
        <translation>Извините, в программе Committee Desk произошла ошибка. Подробности в журнале: {path}</translation>
    </message>
</context>
<context>
    <name>council</name>
    <message>
        <location filename="../../committee_app/services/council.py" line="77"/>
        <source>That committee&apos;s records are no longer here.</source>
        <translation>Записей этого комитета здесь уже нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/council.py" line="140"/>
        <source>Choose the committees&apos; demands to link first.</source>
        <translation>Сначала выберите требования комитетов, которые нужно связать.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/council.py" line="152"/>
        <source>A chosen demand is no longer there: its committee&apos;s newer bundle left it out.</source>
        <translation>Выбранного требования больше нет: более новый пакет его комитета его не содержит.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/council.py" line="159"/>
        <source>That common demand is no longer there.</source>
        <translation>Этого общего требования больше нет.</translation>
    </message>
</context>
<context>
    <name>demands</name>
    <message>
        <location filename="../../committee_app/services/demands.py" line="23"/>
        <source>This demand no longer exists.</source>
        <translation>Этого требования больше нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="30"/>
        <source>Demand</source>
        <translation>Требование</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="32"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="34"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="36"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="38"/>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="40"/>
        <source>Presented on</source>
        <translation>Дата вручения</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="42"/>
        <source>Deadline</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="64"/>
        <location filename="../../committee_app/services/demands.py" line="114"/>
        <source>Date of the change</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="113"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="151"/>
        <source>The change cannot be dated {date}: that day has not come yet.</source>
        <translation>Изменение нельзя датировать {date}: этот день ещё не наступил.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="160"/>
        <source>The change cannot be dated {date}: the demand&apos;s previous change is dated {previous}.</source>
        <translation>Изменение нельзя датировать {date}: предыдущее изменение требования датировано {previous}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="170"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="176"/>
        <source>The vote chosen no longer exists.</source>
        <translation>Выбранного голосования больше нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="178"/>
        <source>The vote chosen did not carry, so it cannot adopt a demand.</source>
        <translation>Выбранное голосование не прошло, поэтому им нельзя принять требование.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../committee_app/demo.py" line="177"/>
        <source>{path} holds a store that is not a demo; the demo never replaces real records. Choose another place.</source>
        <translation>{path} — настоящее хранилище, а не демо; демо никогда не заменяет настоящие записи. Выберите другое место.</translation>
    </message>
</context>
<context>
    <name>elections</name>
    <message>
        <location filename="../../committee_app/services/elections.py" line="36"/>
        <source>This election no longer exists.</source>
        <translation>Этих выборов больше нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="40"/>
        <source>This agenda item no longer exists.</source>
        <translation>Этого вопроса повестки больше нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="44"/>
        <source>This candidate is no longer on the ballot.</source>
        <translation>Этого кандидата больше нет в бюллетене.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="48"/>
        <source>This mandate no longer exists.</source>
        <translation>Этого мандата больше нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="53"/>
        <source>The result of this election is declared in the minutes, so the election can no longer change.</source>
        <translation>Итоги этих выборов объявлены в протоколе, поэтому выборы больше нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="219"/>
        <source>This assembly no longer exists.</source>
        <translation>Этого собрания больше нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="243"/>
        <source>There is no assembly with protocol number {number}.</source>
        <translation>Собрания с номером протокола {number} нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="246"/>
        <source>Assembly No. {number} has no agenda item {position}.</source>
        <translation>В повестке собрания № {number} нет вопроса {position}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="253"/>
        <source>Item {position} of assembly No. {number} holds no election.</source>
        <translation>По вопросу {position} собрания № {number} выборов нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="271"/>
        <source>Office elected</source>
        <translation>Кого избирают</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="273"/>
        <source>Body of the mandate</source>
        <translation>Орган, куда избирают</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="278"/>
        <source>The seats to fill must be a whole number from 1 to {most}.</source>
        <translation>Число мест должно быть целым числом от 1 до {most}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="282"/>
        <source>Who is elected</source>
        <translation>Кто избран</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="284"/>
        <source>How the votes are cast</source>
        <translation>Как голосуют</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="288"/>
        <source>Mandates from</source>
        <translation>Полномочия с</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="290"/>
        <source>Mandates until</source>
        <translation>Полномочия до</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="298"/>
        <source>Counting commission</source>
        <translation>Счётная комиссия</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="308"/>
        <source>The mandates cannot end before they begin.</source>
        <translation>Полномочия не могут закончиться раньше, чем начнутся.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="313"/>
        <source>An open vote has no ballots: clear the counting commission&apos;s ballot figures, or keep the secret ballot.</source>
        <translation>При открытом голосовании бюллетеней нет: очистите данные счётной комиссии о бюллетенях или оставьте тайное голосование.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="327"/>
        <source>{issued} ballots were issued, but only {registered} were registered at the assembly.</source>
        <translation>Выдано {issued} бюллетеней, но на собрании зарегистрировались только {registered}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="333"/>
        <source>{found} ballots were found in the ballot box, but only {issued} were issued.</source>
        <translation>В урне оказалось {found} бюллетеней, но выдано только {issued}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="339"/>
        <source>{found} ballots were found in the ballot box, but only {registered} were registered at the assembly.</source>
        <translation>В урне оказалось {found} бюллетеней, но на собрании зарегистрировались только {registered}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="345"/>
        <source>{invalid} ballots were found invalid, but only {found} were found in the ballot box.</source>
        <translation>Недействительными признаны {invalid} бюллетеней, но в урне оказалось только {found}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="396"/>
        <source>This agenda item already holds an election; hold another on an item of its own.</source>
        <translation>По этому вопросу уже проходят выборы; другие проведите отдельным вопросом.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="429"/>
        <source>Candidate&apos;s name</source>
        <translation>Имя кандидата</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="431"/>
        <source>Choose a member or type the candidate&apos;s name.</source>
        <translation>Выберите участника или введите имя кандидата.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="437"/>
        <source>The member chosen no longer exists.</source>
        <translation>Выбранного участника больше нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="441"/>
        <location filename="../../committee_app/services/elections.py" line="444"/>
        <source>{name} is already on the ballot.</source>
        <translation>{name} уже в бюллетене.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="491"/>
        <source>Candidate&apos;s votes</source>
        <translation>Голоса кандидата</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="498"/>
        <source>This candidate is on the ballot of another election.</source>
        <translation>Этот кандидат — в бюллетене других выборов.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="514"/>
        <source>Ballots issued</source>
        <translation>Выдано бюллетеней</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="515"/>
        <source>Ballots found in the ballot box</source>
        <translation>Бюллетеней в урне</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="516"/>
        <source>Invalid ballots</source>
        <translation>Недействительных бюллетеней</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="544"/>
        <source>This change would leave the election “{office}” with counts that no longer fit: {reason}</source>
        <translation>После этого изменения числа выборов «{office}» перестали бы сходиться: {reason}</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="555"/>
        <source>This change would change who was elected in the election “{office}”, whose result is declared in the minutes.</source>
        <translation>Это изменение поменяло бы, кто избран на выборах «{office}», а их итоги объявлены в протоколе.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="575"/>
        <source>This election has no candidates yet.</source>
        <translation>На этих выборах пока нет кандидатов.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="579"/>
        <source>Not every candidate&apos;s votes are counted yet: {names}.</source>
        <translation>Голоса подсчитаны ещё не у всех кандидатов: {names}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="583"/>
        <source>The counting commission&apos;s figures are not all in: the ballots issued, found in the ballot box and invalid.</source>
        <translation>Не все данные счётной комиссии введены: выдано бюллетеней, в урне и недействительных.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="754"/>
        <source>This member no longer exists.</source>
        <translation>Этого участника больше нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="762"/>
        <source>Reason for the recall</source>
        <translation>Причина отзыва</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="763"/>
        <source>Recalled on</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="765"/>
        <source>Give the day the recall takes effect.</source>
        <translation>Укажите день, когда отзыв вступает в силу.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="768"/>
        <source>This vote no longer exists.</source>
        <translation>Этого голосования больше нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="770"/>
        <source>This vote did not carry, so it cannot recall anyone.</source>
        <translation>Это решение не принято, поэтому им нельзя никого отозвать.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="773"/>
        <source>This mandate was already ended by a recall on {date}.</source>
        <translation>Этот мандат уже прекращён отзывом {date}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="779"/>
        <source>A recall cannot take effect before the mandate began, on {date}.</source>
        <translation>Отзыв не может вступить в силу раньше начала мандата — {date}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="785"/>
        <source>This mandate&apos;s term ended on {date}: there is nothing left to recall.</source>
        <translation>Срок этого мандата истёк {date}: отзывать нечего.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="794"/>
        <source>A recall cannot take effect before the vote that decided it, on {date}.</source>
        <translation>Отзыв не может вступить в силу раньше голосования, которым он решён, — {date}.</translation>
    </message>
</context>
<context>
    <name>failed_unlocks</name>
    <message>
        <location filename="../../committee_app/failed_unlocks.py" line="77"/>
        <source>Attempts left before the records are wiped: {count}.</source>
        <translation>Осталось попыток до стирания записей: {count}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/failed_unlocks.py" line="87"/>
        <source>The passphrase was wrong {count} times in a row. As chosen in the settings, the records on this computer were wiped, with their key files, settings and logs. A backup opens with its own passphrase.</source>
        <translation>Парольная фраза была неверной {count} раз подряд. Как выбрано в настройках, записи на этом компьютере стёрты вместе с файлами ключа, настройками и журналами. Резервная копия открывается своей парольной фразой.</translation>
    </message>
    <message>
        <location filename="../../committee_app/failed_unlocks.py" line="93"/>
        <source>The key files could not be deleted: delete them by hand.</source>
        <translation>Файлы ключа удалить не удалось: удалите их вручную.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../committee_app/services/fields.py" line="25"/>
        <source>{field} contains an invisible control character (such as a tab or line break).</source>
        <translation>В поле «{field}» есть невидимый управляющий символ (например, табуляция или перенос строки).</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/fields.py" line="30"/>
        <source>{field} is required.</source>
        <translation>Поле «{field}» нужно заполнить.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/fields.py" line="33"/>
        <source>{field} is too long: {length} characters, at most {limit}.</source>
        <translation>Поле «{field}» слишком длинное: символов {length}, а можно не больше {limit}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/fields.py" line="43"/>
        <source>{field} must be a whole number from 0 to {maximum}.</source>
        <translation>В поле «{field}» должно быть целое число от 0 до {maximum}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/fields.py" line="55"/>
        <source>{field} cannot be “{value}”; choose one of: {allowed}.</source>
        <translation>В поле «{field}» не может быть «{value}»; выберите одно из: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/fields.py" line="71"/>
        <source>{field} must be a date written as YYYY-MM-DD, not “{value}”.</source>
        <translation>В поле «{field}» должна быть дата в виде ГГГГ-ММ-ДД, а не «{value}».</translation>
    </message>
</context>
<context>
    <name>keyslot</name>
    <message>
        <location filename="../../committee_app/keyslot.py" line="126"/>
        <source>The store&apos;s key file is damaged, and so is its spare copy. The store cannot be opened.</source>
        <translation>Файл ключа хранилища повреждён, и его запасная копия тоже. Открыть хранилище невозможно.</translation>
    </message>
    <message>
        <location filename="../../committee_app/keyslot.py" line="251"/>
        <source>The store&apos;s key files cannot be read: this user has no permission to read them.</source>
        <translation>Не удаётся прочитать файлы ключа хранилища: у этого пользователя нет прав на их чтение.</translation>
    </message>
    <message>
        <location filename="../../committee_app/keyslot.py" line="267"/>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Неверная парольная фраза. Проверьте раскладку клавиатуры и Caps Lock, затем попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../committee_app/labels.py" line="35"/>
        <source>Workplace committee</source>
        <translation>Комитет предприятия</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="36"/>
        <source>Territorial committee</source>
        <translation>Территориальный комитет</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="37"/>
        <location filename="../../committee_app/labels.py" line="49"/>
        <source>Council of delegates</source>
        <translation>Совет делегатов</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="38"/>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="39"/>
        <source>Deputy chair</source>
        <translation>Заместитель председателя</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="40"/>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="41"/>
        <source>Treasurer</source>
        <translation>Казначей</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="42"/>
        <source>Delegate</source>
        <translation>Делегат</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="43"/>
        <source>Member</source>
        <translation>Член комитета</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="44"/>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="45"/>
        <source>Inactive</source>
        <translation>Неактивный</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="46"/>
        <source>Left</source>
        <translation>Выбыл</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="47"/>
        <source>General assembly</source>
        <translation>Общее собрание</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="48"/>
        <source>Committee meeting</source>
        <translation>Заседание комитета</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="50"/>
        <source>Rally</source>
        <translation>Митинг</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="51"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="52"/>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="53"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="54"/>
        <source>Present</source>
        <translation>Присутствует</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="55"/>
        <source>Excused</source>
        <translation>По уважительной причине</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="56"/>
        <source>Absent</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="57"/>
        <source>Simple majority (for &gt; against)</source>
        <translation>Простое большинство («за» &gt; «против»)</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="58"/>
        <source>Absolute majority (for &gt; half of those entitled)</source>
        <translation>Абсолютное большинство («за» &gt; половины имеющих право участвовать)</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="59"/>
        <source>Two thirds of votes cast</source>
        <translation>Две трети поданных голосов</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="60"/>
        <source>Majority of those registered (for &gt; half of them)</source>
        <translation>Большинство зарегистрированных («за» &gt; половины из них)</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="61"/>
        <source>Carried</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="62"/>
        <source>Failed</source>
        <translation>Не принято</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="63"/>
        <source>Most votes</source>
        <translation>Большинство голосов</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="64"/>
        <source>More than half of those registered</source>
        <translation>Более половины зарегистрировавшихся</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="65"/>
        <source>Open vote (show of hands)</source>
        <translation>Открытое голосование (поднятием рук)</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="66"/>
        <source>Secret ballot</source>
        <translation>Тайное голосование</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="67"/>
        <source>Wages</source>
        <translation>Заработная плата</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="68"/>
        <source>Working conditions</source>
        <translation>Условия труда</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="69"/>
        <source>Union rights</source>
        <translation>Профсоюзные права</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="70"/>
        <source>Political</source>
        <translation>Политическое</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="71"/>
        <source>Social</source>
        <translation>Социальное</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="72"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="73"/>
        <source>Proposed</source>
        <translation>Выдвинуто</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="74"/>
        <source>Adopted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="75"/>
        <source>Presented</source>
        <translation>Предъявлено</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="76"/>
        <source>Under negotiation</source>
        <translation>Идут переговоры</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="77"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="78"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="79"/>
        <source>Met</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="80"/>
        <source>Partially met</source>
        <translation>Выполнено частично</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="81"/>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="82"/>
        <source>Open</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="83"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="84"/>
        <source>Dropped</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="99"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="100"/>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="101"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="106"/>
        <source>{level} ({number})</source>
        <translation>{level} ({number})</translation>
    </message>
</context>
<context>
    <name>live</name>
    <message>
        <location filename="../../committee_app/services/live.py" line="35"/>
        <source>This assembly no longer exists.</source>
        <translation>Этого собрания больше нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="39"/>
        <source>This agenda item no longer exists.</source>
        <translation>Этого вопроса повестки больше нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="43"/>
        <source>This speaker is no longer on the list.</source>
        <translation>Этого выступающего больше нет в списке.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="47"/>
        <source>This vote no longer exists.</source>
        <translation>Этого голосования больше нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="88"/>
        <source>This agenda item belongs to another assembly.</source>
        <translation>Этот вопрос повестки относится к другому собранию.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="126"/>
        <source>A speaker&apos;s time must be from {low} seconds to {high} minutes.</source>
        <translation>Время выступления должно быть от {low} секунд до {high} минут.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="185"/>
        <source>Speaker&apos;s name</source>
        <translation>Имя выступающего</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="187"/>
        <source>Choose a member or type the speaker&apos;s name.</source>
        <translation>Выберите участника или введите имя выступающего.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="191"/>
        <source>The member chosen no longer exists.</source>
        <translation>Выбранного участника больше нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="220"/>
        <source>This speaker has spoken and is in the minutes; change «Spoke» in the minutes instead.</source>
        <translation>Этот выступающий уже выступил и записан в протокол; вместо этого исправьте «Выступили» в протоколе.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="238"/>
        <source>This speaker has already spoken.</source>
        <translation>Этот выступающий уже выступил.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="255"/>
        <location filename="../../committee_app/services/live.py" line="270"/>
        <source>What the speaker said</source>
        <translation>Что сказал выступающий</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="259"/>
        <source>This speaker does not have the floor.</source>
        <translation>Этому выступающему слово не дано.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="274"/>
        <source>Only the speaker who has the floor can finish.</source>
        <translation>Закончить может только тот, кому дано слово.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="315"/>
        <location filename="../../committee_app/services/live.py" line="344"/>
        <location filename="../../committee_app/services/live.py" line="366"/>
        <source>Question put to the vote</source>
        <translation>Вопрос, поставленный на голосование</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="316"/>
        <location filename="../../committee_app/services/live.py" line="346"/>
        <location filename="../../committee_app/services/live.py" line="368"/>
        <source>Majority rule</source>
        <translation>Нужное большинство</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="339"/>
        <location filename="../../committee_app/services/live.py" line="444"/>
        <source>Votes for</source>
        <translation>Голосов «за»</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="340"/>
        <location filename="../../committee_app/services/live.py" line="445"/>
        <source>Votes against</source>
        <translation>Голосов «против»</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="341"/>
        <location filename="../../committee_app/services/live.py" line="446"/>
        <source>Abstentions</source>
        <translation>Воздержались</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="351"/>
        <source>This vote is counted on tally sheets: change a sheet, and the vote follows its sheets.</source>
        <translation>Это голосование подсчитано по счётным листам: исправьте лист, и голосование последует за листами.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="389"/>
        <source>These counts would make the vote fail, and it adopted the demand “{demand}”; change the demand first.</source>
        <translation>С этими числами решение не было бы принято, а им принято требование «{demand}»; сначала измените требование.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="397"/>
        <source>These counts would make the vote fail, and it recalled {name}, which must stay on record.</source>
        <translation>С этими числами решение не было бы принято, а им отозван(а) {name}, и это должно остаться в записях.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="413"/>
        <source>This vote adopted the demand “{demand}”, and that record must stay.</source>
        <translation>Этим голосованием принято требование «{demand}», и эта запись должна остаться.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="417"/>
        <source>This vote recalled {name}, and that record must stay.</source>
        <translation>Этим голосованием отозван(а) {name}, и эта запись должна остаться.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="442"/>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="467"/>
        <source>Sheet No. {number} is not in this count.</source>
        <translation>Листа № {number} в этом подсчёте нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="489"/>
        <source>A sheet number must be a whole number from 1 to {most}.</source>
        <translation>Номер листа должен быть целым числом от 1 до {most}.</translation>
    </message>
</context>
<context>
    <name>member_export</name>
    <message>
        <location filename="../../committee_app/exchange/member_export.py" line="91"/>
        <source>Members can be exported to a .csv or an .xlsx file, not to “{name}”: end the file&apos;s name in .csv or .xlsx.</source>
        <translation>Список членов можно выгрузить в файл .csv или .xlsx, но не в «{name}»: имя файла должно оканчиваться на .csv или .xlsx.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/member_export.py" line="100"/>
        <source>The separator of a CSV file can be a semicolon (;) or a comma (,), not “{delimiter}”.</source>
        <translation>Разделителем в файле CSV может быть точка с запятой (;) или запятая (,), но не «{delimiter}».</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/member_export.py" line="109"/>
        <source>The columns can be headed in Kazakh (kk), Russian (ru) or English (en), not “{language}”.</source>
        <translation>Заголовки столбцов могут быть на казахском (kk), русском (ru) или английском (en) языке, но не «{language}».</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/member_export.py" line="227"/>
        <source>Members</source>
        <translation>Члены комитета</translation>
    </message>
</context>
<context>
    <name>member_import</name>
    <message>
        <location filename="../../committee_app/exchange/columns.py" line="107"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/columns.py" line="108"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/columns.py" line="109"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/member_import.py" line="335"/>
        <source>The sheet “{sheet}” of {file} has no rows.</source>
        <translation>На листе «{sheet}» файла {file} нет ни одной строки.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/member_import.py" line="339"/>
        <source>The file {file} has no rows.</source>
        <translation>В файле {file} нет ни одной строки.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/member_import.py" line="439"/>
        <source>No column of {file} could be recognised as the members&apos; names: none of its first rows has a header such as “Full name”, “ФИО”, “Фамилия” or “Аты-жөні”. Add such a header above the names, or choose the columns by hand.</source>
        <translation>Ни один столбец файла {file} не распознан как имена членов комитета: ни в одной из первых строк нет заголовка вроде «ФИО», «Фамилия», «Аты-жөні» или «Full name». Добавьте такой заголовок над именами или укажите столбцы вручную.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/member_import.py" line="495"/>
        <source>The same as row {row} of this file.</source>
        <translation>Совпадает со строкой {row} этого файла.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/member_import.py" line="502"/>
        <source>The row has no name.</source>
        <translation>В строке нет имени.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/member_import.py" line="520"/>
        <source>{field} cannot be “{value}”; the file may say: {allowed}.</source>
        <translation>{field} не может быть «{value}»; в файле можно указать: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/member_import.py" line="538"/>
        <source>{field} must be a date such as 15.03.2021 or 2021-03-15, not “{value}”.</source>
        <translation>{field}: нужна дата вида 15.03.2021 или 2021-03-15, а не «{value}».</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/member_import.py" line="565"/>
        <source>Excel shortened this phone number to “{value}”; format the column as text in Excel and save again.</source>
        <translation>Excel сократил этот номер телефона до «{value}»; задайте столбцу в Excel текстовый формат и сохраните файл заново.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="80"/>
        <source>The import was stopped. Nothing was written.</source>
        <translation>Импорт остановлен. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="107"/>
        <source>The file {file} is empty.</source>
        <translation>Файл {file} пуст.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="121"/>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} — это папка, а не файл.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="123"/>
        <source>There is no file {file}.</source>
        <translation>Файла {file} нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="125"/>
        <source>No permission to read the file {file}.</source>
        <translation>Нет прав на чтение файла {file}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="128"/>
        <location filename="../../committee_app/exchange/tables.py" line="229"/>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>Файл {file} не читается: {reason}</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="134"/>
        <source>The file {file} is not a table: it holds binary data, not text. Save the list from the spreadsheet as CSV or as an Excel workbook (.xlsx).</source>
        <translation>Файл {file} — не таблица: в нём двоичные данные, а не текст. Сохраните список из электронной таблицы как CSV или как книгу Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="203"/>
        <source>The file {file} is in the old Excel format (.xls). Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>Файл {file} в старом формате Excel (.xls). Откройте его в Excel или LibreOffice и сохраните как книгу Excel (.xlsx) или как CSV.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="256"/>
        <source>Row {row} of {file} is longer than {limit} characters: this is not a list of members.</source>
        <translation>Строка {row} файла {file} длиннее {limit} символов: это не список членов комитета.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="281"/>
        <source>Row {row} of {file} is not written in the encoding {encoding}. Choose another encoding.</source>
        <translation>Строка {row} файла {file} записана не в кодировке {encoding}. Выберите другую кодировку.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="289"/>
        <source>A cell in row {row} of {file} is longer than {limit} characters. A quotation mark that opens a cell may be missing its closing pair.</source>
        <translation>Ячейка в строке {row} файла {file} длиннее {limit} символов. Возможно, у кавычки, открывающей ячейку, нет закрывающей пары.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="296"/>
        <source>Row {row} of {file} cannot be read as CSV.</source>
        <translation>Строку {row} файла {file} не удаётся прочитать как CSV.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="300"/>
        <source>In row {row} of {file} a quotation mark opens a cell that is never closed, so every line after it would be read into that cell. Add the missing quotation mark, or remove the stray one.</source>
        <translation>В строке {row} файла {file} кавычка открывает ячейку, которая нигде не закрывается, и все следующие строки попали бы в эту ячейку. Добавьте недостающую кавычку или уберите лишнюю.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="355"/>
        <source>The file {file} is not an Excel workbook that can be read. Open it in Excel or LibreOffice and save it again as .xlsx, or as CSV.</source>
        <translation>Файл {file} — не книга Excel, которую можно прочитать. Откройте его в Excel или LibreOffice и сохраните заново как .xlsx или как CSV.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="379"/>
        <source>The workbook {file} would unpack to {size} MB, far more than a list of members: it was not opened. It may be damaged, or made to fill the computer&apos;s memory.</source>
        <translation>Книга {file} распаковалась бы в {size} МБ — намного больше любого списка членов комитета, поэтому она не открыта. Возможно, файл повреждён или сделан, чтобы занять всю память компьютера.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="413"/>
        <source>The workbook {file} has no sheet “{sheet}”; its sheets: {sheets}.</source>
        <translation>В книге {file} нет листа «{sheet}»; её листы: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="422"/>
        <source>The sheet “{sheet}” of {file} holds no table.</source>
        <translation>На листе «{sheet}» файла {file} нет таблицы.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="529"/>
        <source>Row {row} of the workbook {file} cannot be read: the file may be damaged.</source>
        <translation>Строку {row} книги {file} не удаётся прочитать: возможно, файл повреждён.</translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <location filename="../../committee_app/services/erasure.py" line="68"/>
        <source>erased member No. {number}</source>
        <translation>удалённый участник №{number}</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/erasure.py" line="100"/>
        <location filename="../../committee_app/services/members.py" line="40"/>
        <source>This member no longer exists.</source>
        <translation>Этого члена комитета больше нет в записях.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/erasure.py" line="103"/>
        <source>This member was already erased: nothing of the person is left to remove.</source>
        <translation>Этот участник уже удалён полностью: от него ничего не осталось.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="47"/>
        <source>Full name</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="48"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="49"/>
        <source>Workplace</source>
        <translation>Место работы</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="50"/>
        <source>Shop or department</source>
        <translation>Цех или отдел</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="51"/>
        <source>Occupation</source>
        <translation>Профессия</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="52"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="53"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="54"/>
        <source>Joined on</source>
        <translation>Дата вступления</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="55"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="131"/>
        <source>Every member needs a full name.</source>
        <translation>У каждого члена комитета должны быть указаны фамилия и имя.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="326"/>
        <source>This member chaired, attended, spoke, stood for election or was assigned work, so the records keep them: they were marked as having left instead of being deleted.</source>
        <translation>Этот участник председательствовал, присутствовал, выступал, баллотировался или получал поручения, поэтому записи его сохраняют: вместо удаления он отмечен как выбывший.</translation>
    </message>
</context>
<context>
    <name>passphrases</name>
    <message>
        <location filename="../../committee_app/passphrases.py" line="30"/>
        <source>The passphrase is too short: it needs at least {count} characters. Whoever takes the laptop can try short passphrases by the million; a few unrelated words are long and easy to remember.</source>
        <translation>Парольная фраза слишком короткая: нужно не меньше {count} символов. Тот, кто заберёт ноутбук, может перебрать короткие пароли миллионами; несколько не связанных между собой слов — и длинно, и легко запомнить.</translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="39"/>
        <source>The passphrase holds a line break, a tab or another character that cannot be typed at the unlock window. Use letters, digits, spaces and punctuation.</source>
        <translation>В парольной фразе есть перенос строки, табуляция или другой символ, который нельзя набрать в окне разблокировки. Используйте буквы, цифры, пробелы и знаки препинания.</translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="53"/>
        <source>The passphrase file {path} cannot be read ({reason}).</source>
        <translation>Не удаётся прочитать файл с парольной фразой {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="58"/>
        <source>{path} is too large to be a passphrase file.</source>
        <translation>{path} — слишком большой файл для парольной фразы.</translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="62"/>
        <source>The passphrase file {path} is not UTF-8 text.</source>
        <translation>Файл с парольной фразой {path} — не текст в кодировке UTF-8.</translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="68"/>
        <source>The passphrase file {path} is empty: write the passphrase on its first line.</source>
        <translation>Файл с парольной фразой {path} пуст: запишите парольную фразу в его первой строке.</translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="82"/>
        <source>The typed passphrase holds bytes that are not UTF-8: set the terminal to UTF-8 and type it again.</source>
        <translation>В набранной парольной фразе есть байты не в кодировке UTF-8: выберите в терминале UTF-8 и наберите её снова.</translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="104"/>
        <source>No passphrase was given: use --passphrase-file FILE, COMMITTEE_APP_PASSPHRASE, or type it when asked.</source>
        <translation>Парольная фраза не задана: укажите --passphrase-file ФАЙЛ или переменную COMMITTEE_APP_PASSPHRASE либо введите её, когда программа спросит.</translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="116"/>
        <source>The passphrase in {variable} holds bytes that are not UTF-8: set the terminal to UTF-8 and set the variable again.</source>
        <translation>В парольной фразе из {variable} есть байты не в кодировке UTF-8: выберите в терминале UTF-8 и задайте переменную снова.</translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="125"/>
        <source>Type the passphrase again: </source>
        <translation>Введите парольную фразу ещё раз: </translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="127"/>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>Парольные фразы не совпадают. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>platform_libraries</name>
    <message>
        <location filename="../../ui/platform_libraries.py" line="121"/>
        <source>Committee Desk cannot open its window: this computer lacks system libraries that the Qt display plugin for X11 (xcb) needs: {libraries}.</source>
        <translation>Committee Desk не может открыть окно: на этом компьютере нет системных библиотек, нужных модулю отображения Qt для X11 (xcb): {libraries}.</translation>
    </message>
    <message>
        <location filename="../../ui/platform_libraries.py" line="129"/>
        <source>On Debian or Ubuntu, install them with:
    sudo apt install {debian}
On Fedora:
    sudo dnf install {fedora}</source>
        <translation>В Debian или Ubuntu установите их командой:
    sudo apt install {debian}
В Fedora:
    sudo dnf install {fedora}</translation>
    </message>
    <message>
        <location filename="../../ui/platform_libraries.py" line="137"/>
        <source>Look in your distribution&apos;s package manager for the packages that provide {libraries}.</source>
        <translation>Найдите в менеджере пакетов вашего дистрибутива пакеты, которые содержат {libraries}.</translation>
    </message>
    <message>
        <location filename="../../ui/platform_libraries.py" line="142"/>
        <source>Then start Committee Desk again. Your records are not affected. Without administrator rights, ask whoever looks after this computer to install them.</source>
        <translation>Затем снова запустите Committee Desk. Ваши записи не затронуты. Если у вас нет прав администратора, попросите установить их того, кто обслуживает этот компьютер.</translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <location filename="../../committee_app/cli.py" line="956"/>
        <source>{path} is a folder: give the name of the PDF file to write, such as {example}.</source>
        <translation>{path} — это папка: укажите имя PDF-файла, в который нужно записать документ, например {example}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="962"/>
        <source>There is no folder {folder}: create it, or choose another place for {path}.</source>
        <translation>Папки {folder} нет: создайте её или выберите другое место для {path}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="968"/>
        <source>No permission to write in the folder {folder}: choose another place for {path}.</source>
        <translation>Нет прав на запись в папку {folder}: выберите другое место для {path}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/assembly_papers.py" line="107"/>
        <source>There is no assembly with protocol number {number} to print.</source>
        <translation>Собрания с номером протокола {number} нет — печатать нечего.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/document.py" line="75"/>
        <source>Documents can be printed in Kazakh (kk), Russian (ru) or English (en), not “{language}”.</source>
        <translation>Документы печатаются на казахском (kk), русском (ru) или английском (en), а не на «{language}».</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/document.py" line="81"/>
        <source>The paper can be A4 (a4) or Letter (letter), not “{paper}”.</source>
        <translation>Бумага может быть A4 (a4) или Letter (letter), а не «{paper}».</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/document.py" line="253"/>
        <source>REDACTED COPY</source>
        <translation>ОБЕЗЛИЧЕННАЯ КОПИЯ</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/document.py" line="259"/>
        <source>Page {page} of {pages} · printed {when}</source>
        <translation>Страница {page} из {pages} · напечатано {when}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/document.py" line="267"/>
        <source>The document cannot be laid out: one text is longer than a page can hold. Shorten the longest text (an agenda item&apos;s details, a task) and print again. Nothing was written.</source>
        <translation>Документ не удаётся сверстать: один из текстов длиннее страницы. Сократите самый длинный текст (описание вопроса повестки, поручение) и напечатайте снова. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/signin_rows.py" line="40"/>
        <source>The sign-in sheet can have from 0 to {most} blank rows, not {value}. For a larger hall, print several copies of the sheet and pass them round at once.</source>
        <translation>В листе регистрации может быть от 0 до {most} пустых строк, а не {value}. Для большого зала распечатайте несколько экземпляров листа и пустите их по рядам одновременно.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/signin_rows.py" line="52"/>
        <source>The sign-in sheet has no redacted form: people sign it by hand against their own names. Print it without redaction; the redacted minutes give the count of those present.</source>
        <translation>У листа регистрации нет обезличенной формы: его подписывают от руки напротив своих имён. Напечатайте его без обезличивания; число присутствовавших даёт обезличенный протокол.</translation>
    </message>
</context>
<context>
    <name>print_agenda</name>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="44"/>
        <source>{kind} No. {number}</source>
        <translation>{kind} № {number}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="48"/>
        <source>NOTICE AND AGENDA</source>
        <translation>ИЗВЕЩЕНИЕ И ПОВЕСТКА ДНЯ</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="54"/>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="58"/>
        <source>No items on the agenda yet.</source>
        <translation>В повестке дня пока нет вопросов.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="59"/>
        <source>Agenda: {heading}</source>
        <translation>Повестка дня: {heading}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="80"/>
        <source>Committee</source>
        <translation>Комитет</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="81"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="82"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="83"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="84"/>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="113"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="114"/>
        <source>Item</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="115"/>
        <source>Presenter</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="116"/>
        <source>Min.</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="117"/>
        <source>Starts</source>
        <translation>Время</translation>
    </message>
</context>
<context>
    <name>print_ballots</name>
    <message>
        <location filename="../../committee_app/printing/ballot_counts.py" line="15"/>
        <source>The number of ballot papers must be from 1 to {most}, not {copies}.</source>
        <translation>Число бюллетеней должно быть от 1 до {most}, а не {copies}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/ballot_counts.py" line="33"/>
        <source>Ballot papers have no redacted form: the voters read the candidates&apos; names in full. Print them without redaction.</source>
        <translation>У бюллетеней нет обезличенного вида: голосующие читают имена кандидатов полностью. Печатайте их без обезличивания.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/ballots.py" line="98"/>
        <source>This election is an open vote, by a show of hands: it has no ballot papers. Choose the secret ballot to print them.</source>
        <translation>На этих выборах голосуют открыто, поднятием рук: бюллетеней нет. Чтобы их напечатать, выберите тайное голосование.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/ballots.py" line="106"/>
        <source>This election has no candidates yet: add them in the order the ballot lists them.</source>
        <translation>На этих выборах пока нет кандидатов: добавьте их в порядке бюллетеня.</translation>
    </message>
</context>
<context>
    <name>print_common_demands</name>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="32"/>
        <source>COMMON DEMANDS</source>
        <translation>ОБЩИЕ ТРЕБОВАНИЯ</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="34"/>
        <source>of the council: {council}</source>
        <translation>совета: {council}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="39"/>
        <source>The council has no common demands yet.</source>
        <translation>У совета пока нет общих требований.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="44"/>
        <source>Committees&apos; demands not in the common list</source>
        <translation>Требования комитетов, не вошедшие в общий список</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="47"/>
        <source>Common demands</source>
        <translation>Общие требования</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="62"/>
        <source>Status in the council</source>
        <translation>Статус в совете</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="64"/>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="66"/>
        <source>Answer expected by</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="71"/>
        <source>No committee&apos;s demand is linked to it yet.</source>
        <translation>С ним пока не связано ни одно требование комитетов.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="76"/>
        <source>no vote recorded</source>
        <translation>голосование не записано</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="100"/>
        <source>Voted: for / against / abstained</source>
        <translation>Голосовали: «за» / «против» / «воздержались»</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="84"/>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="95"/>
        <source>Committee</source>
        <translation>Комитет</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="97"/>
        <source>Demand</source>
        <translation>Требование</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="99"/>
        <source>Adopted (assembly, date)</source>
        <translation>Принято (собрание, дата)</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="101"/>
        <source>Status now</source>
        <translation>Статус сейчас</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="102"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
</context>
<context>
    <name>print_delegates</name>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="60"/>
        <source>LIST OF DELEGATES</source>
        <translation>СПИСОК ДЕЛЕГАТОВ</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="62"/>
        <source>Mandates as they stand on {date}</source>
        <translation>Мандаты по состоянию на {date}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="67"/>
        <source>No one has been elected yet.</source>
        <translation>Пока никто не избран.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="71"/>
        <source>Recalled</source>
        <translation>Отозванные</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="74"/>
        <source>Terms ended</source>
        <translation>Срок полномочий истёк</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="96"/>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="120"/>
        <location filename="../../committee_app/printing/delegates.py" line="150"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="121"/>
        <location filename="../../committee_app/printing/delegates.py" line="151"/>
        <source>Delegate</source>
        <translation>Делегат</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="122"/>
        <location filename="../../committee_app/printing/delegates.py" line="152"/>
        <source>Office</source>
        <translation>Кем избран(а)</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="123"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="124"/>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="125"/>
        <source>Elected by the assembly</source>
        <translation>Избран(а) собранием</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="139"/>
        <source>no vote recorded</source>
        <translation>голосование не записано</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="141"/>
        <source>assembly No. {number}: «{question}»; for {for_} / against {against} / abstained {abstained}</source>
        <translation>собрание № {number}: «{question}»; «за» {for_} / «против» {against} / «воздержались» {abstained}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="153"/>
        <source>Held from</source>
        <translation>Полномочия с</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="154"/>
        <source>Recalled on</source>
        <translation>Отозван(а)</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="155"/>
        <source>By the vote</source>
        <translation>Голосованием</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="156"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>print_demands</name>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="101"/>
        <source>No adopted demands are standing.</source>
        <translation>Принятых требований, ожидающих выполнения, нет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="106"/>
        <source>Demands</source>
        <translation>Требования</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="124"/>
        <source>DEMANDS</source>
        <translation>ТРЕБОВАНИЯ</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="127"/>
        <source>on behalf of the workers: {enterprise}</source>
        <translation>от имени работников: {enterprise}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="129"/>
        <source>put forward by: {committee}</source>
        <translation>выдвинуты: {committee}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="146"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="147"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="149"/>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="150"/>
        <source>Adopted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="152"/>
        <source>Presented on</source>
        <translation>Дата вручения</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="154"/>
        <source>Answer expected by</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="157"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="159"/>
        <source>Answer so far</source>
        <translation>Полученный ответ</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="167"/>
        <source>no vote recorded</source>
        <translation>без записанного голосования</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="170"/>
        <source>by the assembly No. {number}; voted: for {for_} / against {against} / abstained {abstained}</source>
        <translation>собранием № {number}; голосовали: «за» — {for_}, «против» — {against}, «воздержались» — {abstained}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="173"/>
        <source>by the assembly No. {number} of {date}; voted: for {for_} / against {against} / abstained {abstained}</source>
        <translation>собранием № {number} от {date}; голосовали: «за» — {for_}, «против» — {against}, «воздержались» — {abstained}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="182"/>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="183"/>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
</context>
<context>
    <name>print_minutes</name>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="178"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="177"/>
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="214"/>
        <source>Excused</source>
        <translation>Отсутствовали по уважительной причине</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="215"/>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="196"/>
        <source>{count} ({who})</source>
        <translation>{count} ({who})</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="199"/>
        <source>Entitled to take part</source>
        <translation>Имеют право участвовать</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="201"/>
        <source>{registered} (members of the committee: {members}, others: {others})</source>
        <translation>{registered} (членов комитета: {members}, других участников: {others})</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="205"/>
        <source>Registered</source>
        <translation>Зарегистрировались</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="250"/>
        <source>{required} of {entitled} needed.</source>
        <translation>необходимо — {required} из {entitled}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="254"/>
        <source>reached ({registered} registered of {entitled}, {required} needed).</source>
        <translation>имеется (зарегистрировались {registered} из {entitled}, необходимо — {required}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="256"/>
        <source>not reached ({registered} registered of {entitled}, {required} needed).</source>
        <translation>отсутствует (зарегистрировались {registered} из {entitled}, необходимо — {required}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="268"/>
        <source>Members of the committee present</source>
        <translation>Присутствовали члены комитета</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="275"/>
        <source>active members of the committee</source>
        <translation>активные члены комитета</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="277"/>
        <source>elected delegates</source>
        <translation>избранные делегаты</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="279"/>
        <source>members of the committee</source>
        <translation>члены комитета</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="281"/>
        <source>workers of the enterprise</source>
        <translation>работники предприятия</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="282"/>
        <source>workers</source>
        <translation>работники</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="389"/>
        <source>Needed to adopt: more votes for than against.</source>
        <translation>Для принятия решения необходимо: голосов «за» больше, чем «против».</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="390"/>
        <source>Needed to adopt: votes for from more than half of those entitled to take part.</source>
        <translation>Для принятия решения необходимо: «за» — более половины имеющих право участвовать.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="393"/>
        <source>Needed to adopt: votes for from more than half of those registered.</source>
        <translation>Для принятия решения необходимо: «за» — более половины зарегистрировавшихся.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="396"/>
        <source>Needed to adopt: at least two thirds of the votes cast for and against.</source>
        <translation>Для принятия решения необходимо: «за» — не менее двух третей голосов, поданных «за» и «против».</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="337"/>
        <source>Action items</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="350"/>
        <source>Put to the vote</source>
        <translation>Поставлено на голосование</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="494"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="495"/>
        <source>Task</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="496"/>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="497"/>
        <source>Due on</source>
        <translation>Срок</translation>
    </message>
</context>
<context>
    <name>print_roster</name>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="80"/>
        <source>CONFIDENTIAL</source>
        <translation>КОНФИДЕНЦИАЛЬНО</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="81"/>
        <source>MEMBER LIST</source>
        <translation>СПИСОК ЧЛЕНОВ КОМИТЕТА</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="82"/>
        <source>{confidential}: personal data of the members. Do not leave it lying about; destroy copies no longer needed.</source>
        <translation>{confidential}: персональные данные членов комитета. Не оставляйте документ без присмотра; ненужные копии уничтожайте.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="110"/>
        <source>Members on {date}: {count}, including those who have left.</source>
        <translation>Членов комитета по состоянию на {date}: {count}, включая выбывших.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="113"/>
        <source>Members on {date}: {count}.</source>
        <translation>Членов комитета по состоянию на {date}: {count}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="121"/>
        <location filename="../../committee_app/printing/roster.py" line="150"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="122"/>
        <source>Name</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="123"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="124"/>
        <source>Workplace</source>
        <translation>Место работы</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="125"/>
        <source>Shop or department</source>
        <translation>Цех или отдел</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="126"/>
        <location filename="../../committee_app/printing/roster.py" line="152"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="127"/>
        <location filename="../../committee_app/printing/roster.py" line="153"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="151"/>
        <source>Initials</source>
        <translation>Инициалы</translation>
    </message>
</context>
<context>
    <name>print_signin</name>
    <message>
        <location filename="../../committee_app/printing/signin.py" line="65"/>
        <source>{kind} No. {number}</source>
        <translation>{kind} № {number}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/signin.py" line="70"/>
        <source>SIGN-IN SHEET</source>
        <translation>ЛИСТ РЕГИСТРАЦИИ</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/signin.py" line="78"/>
        <source>Sign-in sheet: {heading}</source>
        <translation>Лист регистрации: {heading}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/signin.py" line="93"/>
        <source>Please sign against your name.</source>
        <translation>Пожалуйста, распишитесь напротив своей фамилии.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/signin.py" line="94"/>
        <source>Please sign against your name. If your name is not listed, write your name and your workplace, shop or unit in the next empty row and sign there.</source>
        <translation>Пожалуйста, распишитесь напротив своей фамилии. Если вашей фамилии нет в списке, впишите в следующую пустую строку фамилию, имя и место работы (цех, участок) и распишитесь.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/signin.py" line="113"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/signin.py" line="114"/>
        <source>Full name</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/signin.py" line="115"/>
        <source>Workplace, shop or unit</source>
        <translation>Место работы, цех, участок</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/signin.py" line="168"/>
        <source>Registered in total: {blank} people.</source>
        <translation>Всего зарегистрировано: {blank} чел.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/signin.py" line="169"/>
        <source>Secretary of the assembly</source>
        <translation>Секретарь собрания</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/signin.py" line="116"/>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
</context>
<context>
    <name>print_tally</name>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="28"/>
        <source>Assembly No. {number} has no agenda item {position}.</source>
        <translation>В повестке собрания № {number} нет вопроса {position}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_counts.py" line="17"/>
        <source>The number of tally sheets must be from 1 to {most}, not {sheets}.</source>
        <translation>Число счётных листов должно быть от 1 до {most}, а не {sheets}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="48"/>
        <source>{kind} No. {number}</source>
        <translation>{kind} № {number}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="52"/>
        <source>{assembly} of {date}</source>
        <translation>{assembly} от {date}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="61"/>
        <source>Tally sheets: {assembly}</source>
        <translation>Счётные листы: {assembly}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="63"/>
        <source>Tally sheets: {assembly}, item {position}</source>
        <translation>Счётные листы: {assembly}, вопрос {position}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="75"/>
        <source>TALLY SHEET No. {sheet} of {sheets}</source>
        <translation>СЧЁТНЫЙ ЛИСТ № {sheet} из {sheets}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="77"/>
        <source>Assembly</source>
        <translation>Собрание</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="78"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="79"/>
        <source>Agenda item</source>
        <translation>Вопрос повестки дня</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="80"/>
        <source>Question put to the vote</source>
        <translation>Вопрос, поставленный на голосование</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="81"/>
        <source>Sector or rows counted</source>
        <translation>Сектор или ряды</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="98"/>
        <source>FOR</source>
        <translation>ЗА</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="99"/>
        <source>AGAINST</source>
        <translation>ПРОТИВ</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="100"/>
        <source>ABSTAINED</source>
        <translation>ВОЗДЕРЖАЛИСЬ</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="108"/>
        <source>Total:</source>
        <translation>Итого:</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="127"/>
        <source>Counted by</source>
        <translation>Подсчитал(а)</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="129"/>
        <source>(signature, name)</source>
        <translation>(подпись, фамилия)</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="131"/>
        <source>Time of the count</source>
        <translation>Время подсчёта</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="../../committee_app/services/profile.py" line="15"/>
        <source>Committee name</source>
        <translation>Название комитета</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/profile.py" line="16"/>
        <source>Kind of committee</source>
        <translation>Вид комитета</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/profile.py" line="17"/>
        <source>Locality</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/profile.py" line="18"/>
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/profile.py" line="19"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../committee_app/rules.py" line="52"/>
        <source>A quorum of {numerator}/{denominator} would need more members than the committee has: the first number cannot be larger than the second.</source>
        <translation>Для кворума {numerator}/{denominator} понадобилось бы больше членов, чем есть в комитете: первое число не может быть больше второго.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="85"/>
        <source>The quorum rule is empty. Write majority, fixed:N (for example fixed:25) or fraction:P/Q (for example fraction:2/3).</source>
        <translation>Правило кворума не указано. Напишите majority, fixed:N (например, fixed:25) или fraction:P/Q (например, fraction:2/3).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="93"/>
        <source>The majority quorum rule takes no number: write just majority (got “{text}”).</source>
        <translation>Для правила кворума majority число не нужно: напишите просто majority (сейчас написано «{text}»).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="101"/>
        <source>The fixed quorum rule needs a number of members, for example fixed:25.</source>
        <translation>Для правила кворума fixed нужно число членов, например fixed:25.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="107"/>
        <source>The fraction quorum rule needs a fraction of members, for example fraction:2/3 (got “{text}”).</source>
        <translation>Для правила кворума fraction нужна доля членов, например fraction:2/3 (сейчас написано «{text}»).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="161"/>
        <source>“{text}” is not a whole number; a quorum rule needs whole numbers such as fixed:25 or fraction:2/3.</source>
        <translation>«{text}» — не целое число; в правиле кворума нужны целые числа, например fixed:25 или fraction:2/3.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="184"/>
        <source>The numbers in a quorum rule must be at least 1 (got {number}).</source>
        <translation>Числа в правиле кворума должны быть не меньше 1 (получено {number}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="190"/>
        <source>The number {number} in the quorum rule is too large; it can be at most {limit}.</source>
        <translation>Число {number} в правиле кворума слишком большое: можно не больше {limit}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="198"/>
        <source>Unknown quorum rule “{text}”. Write majority, fixed:N (for example fixed:25) or fraction:P/Q (for example fraction:2/3).</source>
        <translation>Неизвестное правило кворума «{text}». Напишите majority, fixed:N (например, fixed:25) или fraction:P/Q (например, fraction:2/3).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="246"/>
        <source>Unknown majority rule “{rule}”. Choose a simple, absolute or two-thirds majority.</source>
        <translation>Неизвестное правило большинства «{rule}». Выберите простое большинство, абсолютное большинство или две трети.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="259"/>
        <source>The number of votes in favour cannot be negative (got {count}).</source>
        <translation>Число голосов «за» не может быть отрицательным (получено {count}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="263"/>
        <source>The number of votes against cannot be negative (got {count}).</source>
        <translation>Число голосов «против» не может быть отрицательным (получено {count}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="267"/>
        <source>The number of abstentions cannot be negative (got {count}).</source>
        <translation>Число воздержавшихся не может быть отрицательным (получено {count}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="147"/>
        <source>The number of those entitled to take part cannot be negative (got {count}).</source>
        <translation>Число имеющих право участвовать не может быть отрицательным (указано {count}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="154"/>
        <location filename="../../committee_app/rules.py" line="255"/>
        <source>The number of those registered cannot be negative (got {count}).</source>
        <translation>Число зарегистрированных не может быть отрицательным (указано {count}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="272"/>
        <source>{cast} votes were counted ({in_favour} in favour, {against} against, {abstain} abstaining), but only {registered} were registered at the assembly.</source>
        <translation>Подсчитано голосов: {cast} («за» {in_favour}, «против» {against}, «воздержались» {abstain}), но на собрании зарегистрировались только {registered}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="353"/>
        <source>Unknown election rule “{quota}”. Choose most votes or more than half of those registered.</source>
        <translation>Неизвестное правило выборов «{quota}». Выберите большинство голосов или более половины зарегистрировавшихся.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="367"/>
        <source>An election must fill at least 1 seat (got {seats}).</source>
        <translation>На выборах должно быть хотя бы 1 место (указано {seats}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="371"/>
        <source>{seats} seats is too many; an election can fill at most {limit}.</source>
        <translation>{seats} мест — слишком много; на выборах может быть не более {limit}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="379"/>
        <source>An election needs at least one candidate.</source>
        <translation>На выборах нужен хотя бы один кандидат.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="383"/>
        <source>A candidate&apos;s votes must be a whole number (got “{count}”).</source>
        <translation>Число голосов кандидата должно быть целым (указано «{count}»).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="389"/>
        <source>A candidate&apos;s votes cannot be negative (got {count}).</source>
        <translation>Число голосов кандидата не может быть отрицательным (указано {count}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="393"/>
        <source>A candidate got {count} votes, but only {registered} were registered, and each can vote for a candidate only once.</source>
        <translation>Кандидат получил {count} голосов, но зарегистрировались только {registered}, а каждый может голосовать за кандидата лишь раз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="402"/>
        <source>The number of valid ballots must be a whole number (got “{count}”).</source>
        <translation>Число действительных бюллетеней должно быть целым (указано «{count}»).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="408"/>
        <source>The number of valid ballots cannot be negative (got {count}).</source>
        <translation>Число действительных бюллетеней не может быть отрицательным (указано {count}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="412"/>
        <source>{ballots} valid ballots were counted, but only {registered} were registered.</source>
        <translation>Подсчитано {ballots} действительных бюллетеней, но зарегистрировались только {registered}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="419"/>
        <source>A candidate got {count} votes, but only {ballots} ballots were valid, and a ballot names a candidate only once.</source>
        <translation>Кандидат получил {count} голосов, но действительных бюллетеней только {ballots}, а в бюллетене кандидат указан один раз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="427"/>
        <source>{total} votes were counted in all, but {ballots} valid ballots naming at most {seats} candidates each hold at most {most} votes.</source>
        <translation>Всего подсчитано {total} голосов, но {ballots} действительных бюллетеней, в каждом не более {seats} кандидатов, дают не более {most} голосов.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="524"/>
        <source>proposed</source>
        <translation>выдвинуто</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="526"/>
        <source>adopted</source>
        <translation>принято</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="528"/>
        <source>presented</source>
        <translation>предъявлено</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="530"/>
        <source>under negotiation</source>
        <translation>на переговорах</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="532"/>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="534"/>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="536"/>
        <source>met</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="538"/>
        <source>partially met</source>
        <translation>выполнено частично</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="539"/>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="552"/>
        <source>This demand is already {status}.</source>
        <translation>У этого требования уже статус «{status}».</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="558"/>
        <source>This demand is {current}, which is final: it cannot be marked {wanted}.</source>
        <translation>Статус требования «{current}» окончательный: отметить его как «{wanted}» нельзя.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="563"/>
        <source>A demand that is {current} cannot be marked {wanted}.</source>
        <translation>Требование со статусом «{current}» нельзя отметить как «{wanted}».</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="574"/>
        <source>Unknown demand status “{status}”.</source>
        <translation>Неизвестный статус требования: «{status}».</translation>
    </message>
</context>
<context>
    <name>shipped_files</name>
    <message>
        <location filename="../../committee_app/i18n.py" line="87"/>
        <source>This installation of Committee Desk is incomplete: {file} cannot be read. Install the app again from its package or bundle; your records are not affected.</source>
        <translation>Установка Committee Desk неполна: файл {file} не читается. Установите приложение заново из его пакета или сборки; ваши записи это не затрагивает.</translation>
    </message>
    <message>
        <location filename="../../committee_app/shipped_files.py" line="51"/>
        <source>This installation of Committee Desk is incomplete: {file} is missing. Install the app again from its package or bundle; your records are not affected.</source>
        <translation>Установка Committee Desk неполна: нет файла {file}. Установите приложение заново из его пакета или сборки; ваши записи это не затрагивает.</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../../committee_app/passphrases.py" line="22"/>
        <source>The passphrase cannot be empty.</source>
        <translation>Парольная фраза не может быть пустой.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="122"/>
        <source>The store file {path} is missing, but its key files are there. Was it moved?</source>
        <translation>Файла хранилища {path} нет, хотя его файлы ключа на месте. Может быть, его переместили?</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="124"/>
        <source>There is no store at {path}. Create one first.</source>
        <translation>Хранилища {path} нет. Сначала создайте его.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="127"/>
        <source>{path} is a folder, not a store file.</source>
        <translation>{path} — это папка, а не файл хранилища.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="135"/>
        <source>{path} cannot be read ({reason}).</source>
        <translation>Не удаётся прочитать {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="138"/>
        <source>{path} is an empty file, not a store.</source>
        <translation>{path} — пустой файл, а не хранилище.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="141"/>
        <source>{path} is an ordinary, unencrypted SQLite database, not a Committee Desk store.</source>
        <translation>{path} — обычная незашифрованная база данных SQLite, а не хранилище Committee Desk.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="147"/>
        <source>{path} is not a Committee Desk store: there are no key files (.key1, .key2) beside it.</source>
        <translation>{path} — не хранилище Committee Desk: рядом с ним нет файлов ключа (.key1, .key2).</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="154"/>
        <source>{path} is not an ordinary file (a named pipe, a device or a socket), so it cannot be a store file.</source>
        <translation>{path} — не обычный файл (именованный канал, устройство или сокет), поэтому он не может быть файлом хранилища.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="168"/>
        <source>{path} is a folder; choose a file name for the store.</source>
        <translation>{path} — это папка; укажите имя файла для хранилища.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="173"/>
        <source>A store already exists at {path}; it was left untouched.</source>
        <translation>Хранилище {path} уже существует; оно осталось нетронутым.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="179"/>
        <source>The store {path} is damaged: the passphrase is right, but the file cannot be read whole. Restore it from a backup. The file was left as it is.</source>
        <translation>Хранилище {path} повреждено: парольная фраза верна, но файл не удаётся прочитать целиком. Восстановите хранилище из резервной копии. Сам файл оставлен как есть.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="222"/>
        <source>The store {path} was made by a newer version of Committee Desk. Install that version to open it; the store was not changed.</source>
        <translation>Хранилище {path} создано более новой версией Committee Desk. Чтобы открыть его, установите эту версию; хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="273"/>
        <source>The disk is full: the last change was not saved. Free some space and try again.</source>
        <translation>Диск заполнен: последнее изменение не сохранено. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="281"/>
        <source>The store {path} is on a read-only disk or folder and cannot be opened there: it was not closed properly, and finishing that needs to write beside it. Make the disk writable (a memory card&apos;s lock switch), or copy the store with all its files to a writable folder.</source>
        <translation>Хранилище {path} находится на диске или в папке только для чтения и не может быть открыто там: его не закрыли как следует, а чтобы завершить это, нужно записать рядом с ним. Разрешите запись на диск (переключатель защиты на карте памяти) или скопируйте хранилище со всеми его файлами в папку, доступную для записи.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="292"/>
        <source>The disk holding the store is full or nearly full: the store needs some free space beside it, even to be read. Free some space and try again; the last change, if any, was not saved.</source>
        <translation>Диск с хранилищем заполнен или почти заполнен: хранилищу нужно немного свободного места рядом с собой, даже чтобы его прочитать. Освободите место и попробуйте снова; последнее изменение, если оно было, не сохранено.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="300"/>
        <source>The disk holding the store could not be read or written (was it removed?). The last change was not saved.</source>
        <translation>Не удалось прочитать или записать диск с хранилищем (может быть, его отключили?). Последнее изменение не сохранено.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="275"/>
        <location filename="../../committee_app/store.py" line="289"/>
        <source>The store is on a read-only disk or folder: the last change was not saved.</source>
        <translation>Хранилище находится на диске или в папке только для чтения: последнее изменение не сохранено.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="303"/>
        <source>The disk holding the store reported an error while reading or writing it: it may be failing. The last change was not saved; make a backup on another disk.</source>
        <translation>Диск с хранилищем сообщил об ошибке при чтении или записи: возможно, он выходит из строя. Последнее изменение не сохранено; сделайте резервную копию на другой диск.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="345"/>
        <source>Warning: one key file was damaged or missing; it was rewritten from the intact copy. Damage like this can mean the disk is failing: make a backup.</source>
        <translation>Внимание: один из файлов ключа был повреждён или отсутствовал; он восстановлен из целой копии. Такое повреждение может означать, что диск выходит из строя: сделайте резервную копию.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="351"/>
        <source>Warning: one key file beside the store belonged to another store; it was replaced with a copy of this store&apos;s own. Keep each store&apos;s .key1 and .key2 files beside it.</source>
        <translation>Внимание: один из файлов ключа рядом с хранилищем принадлежал другому хранилищу; он заменён копией собственного ключа этого хранилища. Держите файлы .key1 и .key2 каждого хранилища рядом с ним.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="357"/>
        <source>The last passphrase change had not finished (was the computer switched off?); it is finished now: the new passphrase is in use.</source>
        <translation>Последняя смена парольной фразы не была доведена до конца (компьютер выключился?); теперь она завершена: действует новая парольная фраза.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="363"/>
        <source>The last passphrase change had not finished (was the computer switched off?), and the store was opened with the old passphrase, which stays in use. Change the passphrase again if it is still needed.</source>
        <translation>Последняя смена парольной фразы не была доведена до конца (компьютер выключился?), а хранилище открыто старой парольной фразой — она и остаётся в силе. Если смена всё ещё нужна, смените парольную фразу снова.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="411"/>
        <source>The store is locked. Unlock it to continue.</source>
        <translation>Хранилище заблокировано. Разблокируйте его, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="479"/>
        <source>The beginning of the store {path} is damaged: the passphrase is right and the key files are its own, but the file&apos;s first bytes have changed. Restore it from a backup. The file was left as it is.</source>
        <translation>Начало хранилища {path} повреждено: парольная фраза верна и файлы ключа — его собственные, но первые байты файла изменились. Восстановите его из резервной копии. Файл оставлен как есть.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="487"/>
        <source>The key files beside {path} belong to a different store: the passphrase opened them, but they do not fit this file. Put each store&apos;s .key1 and .key2 files back beside it.</source>
        <translation>Файлы ключа рядом с {path} относятся к другому хранилищу: парольная фраза их открыла, но к этому файлу они не подходят. Верните файлы .key1 и .key2 каждого хранилища на место, рядом с ним.</translation>
    </message>
</context>
<context>
    <name>wipe</name>
    <message>
        <location filename="../../committee_app/wipe.py" line="56"/>
        <source>Key files (destroyed first: the records are unreadable from then on)</source>
        <translation>Файлы ключа (уничтожаются первыми: после этого записи прочесть нельзя)</translation>
    </message>
    <message>
        <location filename="../../committee_app/wipe.py" line="57"/>
        <source>The records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../committee_app/wipe.py" line="58"/>
        <source>Temporary files</source>
        <translation>Временные файлы</translation>
    </message>
    <message>
        <location filename="../../committee_app/wipe.py" line="59"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../committee_app/wipe.py" line="60"/>
        <source>Recent folders</source>
        <translation>Недавние папки</translation>
    </message>
    <message>
        <location filename="../../committee_app/wipe.py" line="61"/>
        <source>Logs</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <location filename="../../committee_app/wipe.py" line="129"/>
        <source>{path} is a folder, not a store file. Nothing was deleted.</source>
        <translation>{path} — папка, а не файл хранилища. Ничего не удалено.</translation>
    </message>
    <message>
        <location filename="../../committee_app/wipe.py" line="132"/>
        <source>{path} does not look like a Committee Desk store. Nothing was deleted.</source>
        <translation>{path} не похож на хранилище Committee Desk. Ничего не удалено.</translation>
    </message>
</context>
</TS>
