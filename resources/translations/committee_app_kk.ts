<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="65"/>
        <source>About Committee Desk</source>
        <translation>Committee Desk туралы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="69"/>
        <source>Records (the store):</source>
        <translation>Жазбалар (қойма):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="70"/>
        <source>Settings:</source>
        <translation>Баптаулар:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="71"/>
        <source>Logs:</source>
        <translation>Журналдар:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="74"/>
        <source>About</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="78"/>
        <source>The licence&apos;s text (GPL-3.0-or-later) is not in this installation: it is incomplete.</source>
        <translation>Лицензия мәтіні (GPL-3.0-or-later) бұл орнатуда жоқ: орнату толық емес.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="80"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="83"/>
        <source>The fonts&apos; licence is not in this installation.</source>
        <translation>Қаріптер лицензиясы бұл орнатуда жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="84"/>
        <source>Fonts&apos; licence</source>
        <translation>Қаріптер лицензиясы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="87"/>
        <source>&amp;Copy these details</source>
        <translation>Осы мәліметтерді &amp;көшіру</translation>
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
        <translation>Қалтаны ашу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="121"/>
        <source>Portable mode: everything is kept in the data folder beside the app ({folder}).</source>
        <translation>Тасымалы режим: бәрі бағдарламаның жанындағы data қалтасында сақталады ({folder}).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="128"/>
        <source>Records of a workers&apos; action committee, encrypted on this computer. It never uses the network.</source>
        <translation>Жұмысшылар комитетінің осы компьютерде шифрланған жазбалары. Бағдарлама желіні ешқашан пайдаланбайды.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="129"/>
        <source>Free software under the GNU General Public License, version 3 or (at your choice) any later version (GPL-3.0-or-later): you may run, study, share and change it. It comes with no warranty. The Licence tab holds the full text.</source>
        <translation>GNU General Public License лицензиясының 3-нұсқасы немесе (өз таңдауыңыз бойынша) кез келген кейінгі нұсқасы (GPL-3.0-or-later) бойынша еркін бағдарлама: оны іске қосуға, зерттеуге, таратуға және өзгертуге болады. Ешқандай кепілдіксіз беріледі. Толық мәтіні «Лицензия» қойындысында.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="132"/>
        <source>Printed documents use the DejaVu fonts, under their own free licence (the Fonts&apos; licence tab).</source>
        <translation>Басып шығарылған құжаттар DejaVu қаріптерімен терілген, олардың өз еркін лицензиясы бар («Қаріптер лицензиясы» қойындысы).</translation>
    </message>
</context>
<context>
    <name>ActionItemDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="61"/>
        <source>New action item</source>
        <translation>Жаңа тапсырма</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="61"/>
        <source>Edit action item</source>
        <translation>Тапсырманы өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="64"/>
        <source>— nobody yet —</source>
        <translation>— әзірге ешкім —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="67"/>
        <source>D&amp;ue by:</source>
        <translation>&amp;Мерзімі:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="76"/>
        <source>— none: not set at an assembly —</source>
        <translation>— жоқ: тапсырма жиналыста берілмеген —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="91"/>
        <source>&amp;Task:</source>
        <translation>&amp;Тапсырма:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="92"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Орындаушы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="95"/>
        <source>Set at &amp;agenda item:</source>
        <translation>Күн тәртібінің мә&amp;селесі:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="97"/>
        <source>&amp;Status:</source>
        <translation>&amp;Күйі:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="119"/>
        <source>Write what is to be done.</source>
        <translation>Не істеу керек екенін жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="121"/>
        <source>The task is too long: {length} characters, at most {limit}.</source>
        <translation>Тапсырма мәтіні тым ұзын: {length} таңба, ең көбі {limit} болуы керек.</translation>
    </message>
</context>
<context>
    <name>ActionsTableModel</name>
    <message>
        <location filename="../../ui/models/actions_model.py" line="93"/>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions_model.py" line="93"/>
        <source>Assignee</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions_model.py" line="93"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions_model.py" line="93"/>
        <source>Assembly</source>
        <translation>Жиналыс</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions_model.py" line="93"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions_model.py" line="123"/>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions_model.py" line="129"/>
        <source>Overdue since yesterday</source>
        <translation>Мерзімі кеше өтті</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions_model.py" line="130"/>
        <source>Overdue by {count} days</source>
        <translation>Мерзімі {count} күн бұрын өтті</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../ui/views/actions_view.py" line="50"/>
        <location filename="../../ui/views/actions_view.py" line="86"/>
        <source>Actions</source>
        <translation>Тапсырмалар</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="56"/>
        <source>&amp;New action item…</source>
        <translation>&amp;Жаңа тапсырма…</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="57"/>
        <source>Write down a task: what is to be done, by whom, by when</source>
        <translation>Тапсырманы жазу: не істеу керек, кім орындайды және қай мерзімге дейін</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="61"/>
        <source>&amp;Edit…</source>
        <translation>Ө&amp;згерту…</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="67"/>
        <source>Change the selected task, its assignee, due date, agenda item or status</source>
        <translation>Таңдалған тапсырманы өзгерту: мәтінін, орындаушысын, мерзімін, күн тәртібіндегі мәселесін немесе күйін</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="68"/>
        <source>Mark &amp;done</source>
        <translation>&amp;Орындалды деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="69"/>
        <source>The selected task is done</source>
        <translation>Таңдалған тапсырма орындалды</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="70"/>
        <source>Mark d&amp;ropped…</source>
        <translation>&amp;Тоқтатылды деп белгілеу…</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="71"/>
        <source>The selected task will not be done; it stays in the records</source>
        <translation>Таңдалған тапсырма орындалмайды; ол жазбаларда қалады</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="72"/>
        <source>Re&amp;open</source>
        <translation>Қайта &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="73"/>
        <source>Put a task marked done or dropped back on the open list</source>
        <translation>Орындалған не тоқтатылған тапсырманы қайтадан «Орындалуда» күйіне қайтару</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="79"/>
        <source>Show done and drop&amp;ped</source>
        <translation>Орындалған және тоқтатылғандарды &amp;көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="84"/>
        <source>&amp;Assignee:</source>
        <translation>Ор&amp;ындаушы:</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="165"/>
        <source>Everyone</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="169"/>
        <source>Not assigned</source>
        <translation>Орындаушысы жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="255"/>
        <source>Drop the task “{task}”? It stays in the records, marked dropped.</source>
        <translation>«{task}» тапсырмасын тоқтатасыз ба? Ол жазбаларда «тоқтатылды» деген белгімен қалады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="256"/>
        <source>Drop the task</source>
        <translation>Тапсырманы тоқтату</translation>
    </message>
</context>
<context>
    <name>AdoptDemandDialog</name>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="143"/>
        <source>Adopt a demand</source>
        <translation>Талапты қабылдау</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="144"/>
        <source>Adopted by the vote: {question}</source>
        <translation>Мына мәселе бойынша дауыс берумен қабылданды: {question}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="163"/>
        <source>&amp;Demand:</source>
        <translation>&amp;Талап:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="164"/>
        <source>&amp;Text:</source>
        <translation>&amp;Мәтін:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="165"/>
        <source>&amp;Category:</source>
        <translation>&amp;Санаты:</translation>
    </message>
</context>
<context>
    <name>AgendaItemChoicesModel</name>
    <message>
        <location filename="../../ui/models/agenda_item_choices_model.py" line="15"/>
        <source>No. {number}, item {position}: {title}</source>
        <translation>№ {number}, {position}-мәселе: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_item_choices_model.py" line="18"/>
        <source>No. {number} of {date}, item {position}: {title}</source>
        <translation>№ {number}, {date}, {position}-мәселе: {title}</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="49"/>
        <source>New agenda item</source>
        <translation>Күн тәртібіне жаңа мәселе</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="49"/>
        <source>Edit agenda item</source>
        <translation>Күн тәртібіндегі мәселені өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="54"/>
        <source>— not a member —</source>
        <translation>— мүше емес —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="60"/>
        <source>A guest, a lawyer, a delegate from another site…</source>
        <translation>Қонақ, заңгер, басқа кәсіпорыннан келген делегат…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="62"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="68"/>
        <source>&amp;Title:</source>
        <translation>&amp;Мәселе:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="69"/>
        <source>&amp;Details:</source>
        <translation>&amp;Толығырақ:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="70"/>
        <source>&amp;Presenter:</source>
        <translation>&amp;Баяндамашы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="71"/>
        <source>&amp;Outside presenter:</source>
        <translation>&amp;Сырттан келген баяндамашы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="72"/>
        <source>Planned &amp;minutes:</source>
        <translation>&amp;Жоспарланған уақыт, мин:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="87"/>
        <source>Give the item a title.</source>
        <translation>Мәселенің атауын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="90"/>
        <source>The details are too long: {length} characters, at most {limit}.</source>
        <translation>Толығырақ мәтіні тым ұзын: {length} таңба, ең көбі {limit} болуы керек.</translation>
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
        <translation>Мәселе</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="109"/>
        <source>Presenter</source>
        <translation>Баяндамашы</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="109"/>
        <source>Min.</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="109"/>
        <source>Starts</source>
        <translation>Басталуы</translation>
    </message>
</context>
<context>
    <name>AssembliesView</name>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="81"/>
        <location filename="../../ui/views/assemblies_view.py" line="128"/>
        <source>Assemblies</source>
        <translation>Жиналыстар</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="87"/>
        <source>&amp;New assembly…</source>
        <translation>&amp;Жаңа жиналыс…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="88"/>
        <source>Plan an assembly, starting from an earlier agenda if you like</source>
        <translation>Жиналысты жоспарлау; қаласаңыз, бұрынғы жиналыстың күн тәртібін негізге алуға болады</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="89"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Мәліметтерді өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="90"/>
        <source>Number, kind, date and time, place, chair, secretary, quorum rule</source>
        <translation>Нөмірі, түрі, күні мен уақыты, орны, төраға, хатшы, кворум ережесі</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="91"/>
        <source>Mark as &amp;held</source>
        <translation>Ө&amp;тті деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="92"/>
        <source>The assembly took place; its minutes become a record</source>
        <translation>Жиналыс өтті; оның хаттамасы ресми құжатқа айналады</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="93"/>
        <source>Mark as &amp;cancelled</source>
        <translation>&amp;Болдырылмады деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="94"/>
        <source>Mark as pla&amp;nned again</source>
        <translation>Қайта жоспар&amp;ланған ету</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="162"/>
        <source>&amp;Plan</source>
        <translation>Жо&amp;спар</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="103"/>
        <source>Print &amp;agenda…</source>
        <translation>&amp;Күн тәртібін басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="95"/>
        <source>&amp;Run the assembly</source>
        <translation>&amp;Жиналысты жүргізу</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="97"/>
        <source>The live view: the item on the floor, the speakers and their time, the vote as hands are counted</source>
        <translation>Жиналысты жүргізу: талқыланып жатқан мәселе, сөйлеушілер мен олардың уақыты, қол санала бере дауыс беру</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="99"/>
        <source>E&amp;lection…</source>
        <translation>&amp;Сайлау…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="101"/>
        <source>An election on an agenda item: the candidates, the votes, the counting commission, the mandates</source>
        <translation>Күн тәртібіндегі мәселе бойынша сайлау: кандидаттар, дауыстар, санау комиссиясы, мандаттар</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="105"/>
        <source>The notice of the assembly: date, place, the items and their times</source>
        <translation>Жиналыс туралы хабарландыру: күні, орны, күн тәртібіндегі мәселелер және оларды қарау уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="108"/>
        <source>Print &amp;sign-in sheet…</source>
        <translation>Т&amp;іркеу парағын басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="110"/>
        <source>The active members with a column to sign, and blank rows</source>
        <translation>Қол қоюға арналған бағаны бар белсенді мүшелер тізімі және соңындағы бос жолдар</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="111"/>
        <source>Print &amp;minutes…</source>
        <translation>Х&amp;аттаманы басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="112"/>
        <source>The protocol: present, heard, spoke, resolved, the votes</source>
        <translation>Хаттама: қатысқандар, тыңдалды, сөз сөйлегендер, қаулы етілді, дауыс берулер</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="113"/>
        <source>Print &amp;tally sheets…</source>
        <translation>&amp;Санау парақтарын басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="115"/>
        <source>Numbered sheets for counting hands on one item in a big hall, one for each counter</source>
        <translation>Үлкен залда бір мәселе бойынша қол санауға арналған нөмірленген парақтар, әр санаушыға біреуден</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="139"/>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="163"/>
        <source>&amp;Attendance</source>
        <translation>&amp;Қатысу</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="164"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Хаттама</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="165"/>
        <source>No assembly is chosen. Plan one with “New assembly” (Ctrl+N).</source>
        <translation>Жиналыс таңдалмаған. Оны «Жаңа жиналыс» батырмасымен (Ctrl+N) жоспарлаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="284"/>
        <source>This assembly is held: its minutes are a record. You agreed to change it; it stays open to changes until another assembly is chosen or the app is locked.</source>
        <translation>Бұл жиналыс өткізілген, оның хаттамасы — түпкілікті құжат. Сіз оны өзгертуге келістіңіз: басқа жиналыс таңдалғанша немесе бағдарлама бұғатталғанша өзгертуге болады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="287"/>
        <source>This assembly is held: its minutes are a record. Changes are asked about first.</source>
        <translation>Бұл жиналыс өтіп қойған, оның хаттамасы — ресми құжат. Әр өзгеріс алдында бағдарлама растауды сұрайды.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="289"/>
        <source>This assembly was cancelled. Changes are asked about first.</source>
        <translation>Бұл жиналыс болдырылмады. Әр өзгеріс алдында бағдарлама растауды сұрайды.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="386"/>
        <location filename="../../ui/views/assemblies_view.py" line="397"/>
        <source>Run the assembly</source>
        <translation>Жиналысты жүргізу</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="387"/>
        <source>The live view is for an assembly in progress, and No. {number} is marked {status}. Mark it as planned again to run it.</source>
        <translation>Жүргізу терезесі өтіп жатқан жиналысқа арналған, ал № {number} жиналыс «{status}» деп белгіленген. Оны жүргізу үшін қайтадан жоспарланған деп белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="398"/>
        <source>Assembly No. {number} has no agenda yet: add its items on the Plan page first.</source>
        <translation>№ {number} жиналыстың әлі күн тәртібі жоқ: алдымен «Жоспар» бетінде мәселелерді қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="413"/>
        <source>Election</source>
        <translation>Сайлау</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="413"/>
        <source>The &amp;item that holds the election:</source>
        <translation>Сайлау өтетін &amp;мәселе:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="436"/>
        <source>Mark assembly No. {number} as held? Its minutes then become a record.</source>
        <translation>№ {number} жиналысты өтті деп белгілейсіз бе? Содан кейін оның хаттамасы ресми құжатқа айналады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="440"/>
        <source>It is dated {date}, which has not come yet.</source>
        <translation>Ол {date} күніне белгіленген, ал ол күн әлі келген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="446"/>
        <source>Mark as held</source>
        <translation>Өтті деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="454"/>
        <source>Mark assembly No. {number} as cancelled?</source>
        <translation>№ {number} жиналысты болдырылмады деп белгілейсіз бе?</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="454"/>
        <source>Mark as cancelled</source>
        <translation>Болдырылмады деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="460"/>
        <source>Mark assembly No. {number} as planned again? Its minutes can then be changed without asking.</source>
        <translation>№ {number} жиналысты қайта жоспарланған деп белгілейсіз бе? Сонда оның хаттамасын растаусыз өзгертуге болады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="461"/>
        <source>Mark as planned again</source>
        <translation>Қайта жоспарлау</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="491"/>
        <source>Print tally sheets</source>
        <translation>Санау парақтарын басып шығару</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="514"/>
        <source>The agenda has no items yet: add them in the Plan tab.</source>
        <translation>Күн тәртібінде әлі мәселе жоқ: оларды «Жоспар» қойындысында қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="492"/>
        <source>The &amp;item counted:</source>
        <translation>Саналатын &amp;мәселе:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="496"/>
        <source>How many &amp;sheets (one for each counter or sector):</source>
        <translation>Қанша &amp;парақ (әр санаушыға немесе секторға біреуден):</translation>
    </message>
</context>
<context>
    <name>AssemblyActionItemsModel</name>
    <message>
        <location filename="../../ui/models/assembly_action_items_model.py" line="60"/>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_action_items_model.py" line="60"/>
        <source>Assignee</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_action_items_model.py" line="60"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_action_items_model.py" line="60"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>AssemblyDialog</name>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="85"/>
        <source>New assembly</source>
        <translation>Жаңа жиналыс</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="85"/>
        <source>Assembly details</source>
        <translation>Жиналыс мәліметтері</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="99"/>
        <source>— nobody chosen —</source>
        <translation>— ешкім таңдалмаған —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="103"/>
        <source>The committee&apos;s active members</source>
        <translation>Комитеттің белсенді мүшелері</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="104"/>
        <source>A number of people:</source>
        <translation>Адам саны:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="111"/>
        <source>More than half of those entitled</source>
        <translation>Қатысуға құқылылардың жартысынан көбі</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="112"/>
        <source>A fixed number</source>
        <translation>Белгілі бір сан</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="113"/>
        <source>A fraction of those entitled</source>
        <translation>Қатысуға құқылылардың үлесі</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="119"/>
        <source>One name a line; guests do not vote</source>
        <translation>Әр жолға бір есім; қонақтар дауыс бермейді</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="120"/>
        <source>Cop&amp;y the agenda of assembly:</source>
        <translation>Күн тәртібін &amp;мына жиналыстан көшіру:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="136"/>
        <source>Entitled to take p&amp;art:</source>
        <translation>Қатысуға &amp;құқылылар:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="138"/>
        <source>In&amp;vited guests:</source>
        <translation>&amp;Шақырылғандар:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="143"/>
        <source>&amp;Quorum:</source>
        <translation>&amp;Кворум:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="146"/>
        <source>Protocol &amp;number:</source>
        <translation>Хаттама &amp;нөмірі:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="147"/>
        <source>&amp;Kind:</source>
        <translation>Тү&amp;рі:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="148"/>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="149"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Басталуы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="150"/>
        <source>&amp;Place:</source>
        <translation>&amp;Орны:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="151"/>
        <source>&amp;Chair:</source>
        <translation>&amp;Төраға:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="152"/>
        <source>S&amp;ecretary:</source>
        <translation>&amp;Хатшы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="191"/>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="223"/>
        <source>Quorum and an absolute majority are counted over the committee&apos;s active members.</source>
        <translation>Кворум мен абсолютті көпшілік комитеттің белсенді мүшелерінің санынан есептеледі.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="225"/>
        <source>The workers of the enterprise or unit who may take part; those who sign in are counted at the door.</source>
        <translation>Қатысуға құқылы кәсіпорын немесе бөлімше жұмыскерлері; келгендер есік алдында тіркеу кезінде саналады.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="227"/>
        <source>The delegates elected to the conference or council.</source>
        <translation>Конференцияға немесе кеңеске сайланған делегаттар.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="229"/>
        <source>Everyone who may take part and vote.</source>
        <translation>Қатысуға және дауыс беруге құқылылардың бәрі.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="248"/>
        <source>Protocol number {number} is already used by another assembly.</source>
        <translation>Хаттаманың {number} нөмірі басқа жиналысқа берілген.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="250"/>
        <source>Write how many may take part, or choose the committee&apos;s active members.</source>
        <translation>Қанша адам қатысуға құқылы екенін жазыңыз немесе комитеттің белсенді мүшелерін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="257"/>
        <source>Write how many must be registered for quorum, for example 25.</source>
        <translation>Кворум үшін қанша адам тіркелуі керек екенін жазыңыз, мысалы 25.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="258"/>
        <source>Write the share of those entitled as a fraction, for example 1/2 or 2/3.</source>
        <translation>Қатысуға құқылылардың үлесін бөлшекпен жазыңыз, мысалы 1/2 немесе 2/3.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="269"/>
        <source>Assembly No. {other} is dated {date}, after this No. {number}: check the number or the date.</source>
        <translation>№ {other} жиналыс {date} күніне белгіленген, яғни осы № {number} жиналыстан кейін: нөмірін не күнін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="275"/>
        <source>Assembly No. {other} is dated {date}, before this No. {number}: check the number or the date.</source>
        <translation>№ {other} жиналыс {date} күніне белгіленген, яғни осы № {number} жиналыстан бұрын: нөмірін не күнін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="289"/>
        <source>Protocol numbers and dates</source>
        <translation>Хаттамалардың нөмірлері мен күндері</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="289"/>
        <source>Save it as it is?</source>
        <translation>Осы күйінде сақтау керек пе?</translation>
    </message>
</context>
<context>
    <name>AssemblyEditing</name>
    <message>
        <location filename="../../ui/views/assembly_editing.py" line="55"/>
        <source>This assembly is held; its minutes are a record. Change it anyway?</source>
        <translation>Бұл жиналыс өтіп қойған, оның хаттамасы — ресми құжат. Бәрібір өзгертесіз бе?</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_editing.py" line="57"/>
        <source>This assembly was cancelled. Change it anyway?</source>
        <translation>Бұл жиналыс болдырылмады. Бәрібір өзгертесіз бе?</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_editing.py" line="58"/>
        <source>Change a record</source>
        <translation>Құжатты өзгерту</translation>
    </message>
</context>
<context>
    <name>AssemblyFormatting</name>
    <message>
        <location filename="../../ui/models/assembly_formatting.py" line="57"/>
        <source>Registered at least: {count}</source>
        <translation>Кемінде тіркелгендер: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_formatting.py" line="59"/>
        <source>At least {numerator}/{denominator} of those entitled</source>
        <translation>Қатысуға құқылылардың кемінде {numerator}/{denominator} бөлігі</translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_formatting.py" line="62"/>
        <source>More than half of those entitled</source>
        <translation>Қатысуға құқылылардың жартысынан көбі</translation>
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
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_list_model.py" line="75"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_list_model.py" line="75"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_list_model.py" line="75"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="92"/>
        <source>Not marked</source>
        <translation>Белгіленбеген</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="114"/>
        <source>Member</source>
        <translation>Мүше</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="114"/>
        <source>Workplace</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="114"/>
        <source>Presence</source>
        <translation>Қатысуы</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="64"/>
        <source>&amp;Present / not present</source>
        <translation>&amp;Қатысты / қатыспады</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="66"/>
        <source>Tick or untick the selected members</source>
        <translation>Таңдалғандарға белгі қою не белгіні алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="67"/>
        <source>&amp;Excused</source>
        <translation>&amp;Себепті қатыспады</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="68"/>
        <source>A&amp;bsent</source>
        <translation>Қ&amp;атыспады</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="69"/>
        <source>&amp;Not marked</source>
        <translation>Бел&amp;гіленбеген</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="70"/>
        <source>Mark &amp;all present</source>
        <translation>&amp;Бәрін қатысты деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="71"/>
        <source>Mark every member in the list present (only those found, while searching)</source>
        <translation>Тізімдегі барлық мүшені қатысты деп белгілеу (іздеу кезінде — тек табылғандарды)</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="72"/>
        <source>&amp;Clear</source>
        <translation>&amp;Тазалау</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="73"/>
        <source>Forget the marks of every member in the list</source>
        <translation>Тізімдегі барлық мүшенің белгілерін алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="74"/>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="82"/>
        <source>Name, phone, workplace or shop</source>
        <translation>Аты-жөні, телефоны, жұмыс орны немесе цехы</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="83"/>
        <source>F&amp;ind:</source>
        <translation>І&amp;здеу:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="87"/>
        <source>Workers not in the member list: counted at the door or from the signed sheets</source>
        <translation>Мүшелер тізімінде жоқ жұмыскерлер: есік алдында немесе тіркеу парақтары бойынша саналады</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="88"/>
        <source>Signed in at the &amp;door:</source>
        <translation>&amp;Есік алдында тіркелгендер:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="91"/>
        <source>Invited guests do not vote and do not count towards quorum</source>
        <translation>Шақырылған қонақтар дауыс бермейді және кворумға саналмайды</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="92"/>
        <source>&amp;Guests:</source>
        <translation>Қо&amp;нақтар:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="104"/>
        <source>Attendance</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="210"/>
        <source>Quorum reached: {registered} registered {base}; {required} needed</source>
        <translation>Кворум бар: {base} {registered} адам тіркелді; қажеті {required}</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="213"/>
        <source>Missing {missing} for quorum: {registered} registered {base}; {required} needed</source>
        <translation>Кворумға {missing} адам жетпейді: {base} {registered} адам тіркелді; қажеті {required}</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="200"/>
        <source>Members present: {members}, at the door: {others}, guests: {guests}</source>
        <translation>Комитет мүшелері: {members}, есік алдында: {others}, қонақтар: {guests}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/assembly_attendance.py" line="222"/>
        <source>of {count} active members of the committee</source>
        <translation>
            <numerusform>комитеттің {count} белсенді мүшесінің ішінен</numerusform>
            <numerusform>комитеттің {count} белсенді мүшесінің ішінен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/assembly_attendance.py" line="224"/>
        <source>of {count} workers entitled to take part</source>
        <translation>
            <numerusform>қатысуға құқылы {count} жұмыскердің ішінен</numerusform>
            <numerusform>қатысуға құқылы {count} жұмыскердің ішінен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/assembly_attendance.py" line="226"/>
        <source>of {count} delegates elected</source>
        <translation>
            <numerusform>сайланған {count} делегаттың ішінен</numerusform>
            <numerusform>сайланған {count} делегаттың ішінен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/assembly_attendance.py" line="228"/>
        <source>of {count} entitled to take part</source>
        <translation>
            <numerusform>қатысуға құқылы {count} адамның ішінен</numerusform>
            <numerusform>қатысуға құқылы {count} адамның ішінен</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="258"/>
        <source>Clear the presence marks of the members listed ({count})?</source>
        <translation>Көрсетілген мүшелердің қатысу белгілерін өшіру керек пе ({count})?</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="259"/>
        <source>Clear attendance</source>
        <translation>Қатысу белгілерін тазалау</translation>
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
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/models/backups_model.py" line="54"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location filename="../../ui/models/backups_model.py" line="54"/>
        <source>Verified contents</source>
        <translation>Тексерілген мазмұны</translation>
    </message>
    <message>
        <location filename="../../ui/models/backups_model.py" line="54"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/models/backups_model.py" line="76"/>
        <source>not verified from this laptop</source>
        <translation>бұл ноутбуктан тексерілмеген</translation>
    </message>
    <message>
        <location filename="../../ui/models/backups_model.py" line="77"/>
        <source>{members} members, {assemblies} assemblies, {demands} demands (verified {when})</source>
        <translation>мүшелер — {members}, жиналыстар — {assemblies}, талаптар — {demands} ({when} тексерілді)</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <location filename="../../ui/views/backups_view.py" line="69"/>
        <source>Back up &amp;to:</source>
        <translation>Көшіру &amp;орны:</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="71"/>
        <source>&amp;Look for sticks</source>
        <translation>Флешкаларды &amp;іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="75"/>
        <source>&amp;Back up now</source>
        <translation>Көшірмені қазір &amp;жасау</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="77"/>
        <source>Write an encrypted backup to the chosen place and verify it (Ctrl+B)</source>
        <translation>Шифрланған сақтық көшірмені таңдалған орынға жазып, тексеру (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="93"/>
        <source>Use the store&apos;s passphrase</source>
        <translation>Қойманың құпия сөзін қолдану</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="103"/>
        <source>Make a backup</source>
        <translation>Сақтық көшірме жасау</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="127"/>
        <source>&amp;Restore…</source>
        <translation>Қалпына ке&amp;лтіру…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="136"/>
        <source>Backups in this place</source>
        <translation>Осы орындағы сақтық көшірмелер</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="149"/>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="154"/>
        <source>The encrypted store: {path}</source>
        <translation>Шифрланған қойма: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="170"/>
        <source>No backup has been verified yet. Make one now, and keep the stick apart from the laptop.</source>
        <translation>Әлі бірде-бір сақтық көшірме тексерілмеген. Көшірмені қазір жасаңыз да, флешканы ноутбуктан бөлек сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="186"/>
        <source>Backups are encrypted with a separate backup passphrase.</source>
        <translation>Сақтық көшірмелер көшірмелерге арналған бөлек құпия сөзбен шифрланады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="187"/>
        <source>Change the backup passphrase…</source>
        <translation>Көшірмелердің құпия сөзін өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="189"/>
        <source>Backups are encrypted with the store&apos;s passphrase.</source>
        <translation>Сақтық көшірмелер қойманың құпия сөзімен шифрланады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="190"/>
        <source>Use a separate passphrase…</source>
        <translation>Бөлек құпия сөз қою…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="203"/>
        <source>{name} ({root}), {free} free</source>
        <translation>{name} ({root}), бос орын: {free}</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="209"/>
        <source>Folder: {path}</source>
        <translation>Қалта: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="215"/>
        <source>No USB stick is plugged in. Plug one in and press “Look for sticks”, or choose a folder.</source>
        <translation>Флешка салынбаған. Оны салып, «Флешкаларды іздеу» түймесін басыңыз немесе қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="228"/>
        <source>Choose a folder for backups</source>
        <translation>Сақтық көшірмелерге арналған қалтаны таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="239"/>
        <source>Choose where the backups are.</source>
        <translation>Сақтық көшірмелер қайда екенін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="241"/>
        <source>{path} is not there any more. Was the stick removed?</source>
        <translation>{path} енді жоқ. Флешка суырылды ма?</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="247"/>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} оқылмайды ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="252"/>
        <source>No backups in {path} yet.</source>
        <translation>{path} ішінде әзірге сақтық көшірме жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="173"/>
        <source>Last verified backup: {when}. It held {members} members, {assemblies} assemblies, {demands} demands.</source>
        <translation>Соңғы тексерілген көшірме: {when}. Ішінде: мүшелер — {members}, жиналыстар — {assemblies}, талаптар — {demands}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="254"/>
        <source>Backups in {path}, newest first:</source>
        <translation>{path} ішіндегі сақтық көшірмелер, ең жаңасы басында:</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="286"/>
        <source>Separate backup passphrase</source>
        <translation>Көшірмелерге бөлек құпия сөз</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="287"/>
        <source>Backups made from now on open with the separate backup passphrase. Older backups keep theirs.</source>
        <translation>Осы сәттен бастап жасалған көшірмелер бөлек құпия сөзбен ашылады. Бұрынғы көшірмелер өз құпия сөзімен ашылады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="291"/>
        <source>Make backups with the store&apos;s passphrase again? Older backups keep the passphrase they were made with.</source>
        <translation>Көшірмелерді қайтадан қойманың құпия сөзімен шифрлау керек пе? Бұрынғы көшірмелер жасалған кездегі құпия сөзімен ашыла береді.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="292"/>
        <source>Backup passphrase</source>
        <translation>Көшірмелердің құпия сөзі</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="321"/>
        <source>Type the store&apos;s passphrase to write an encrypted backup to {path}.</source>
        <translation>{path} ішіне шифрланған сақтық көшірме жазу үшін қойманың құпия сөзін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="324"/>
        <source>The backup will open with the separate backup passphrase.</source>
        <translation>Көшірме көшірмелерге арналған бөлек құпия сөзбен ашылады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="76"/>
        <location filename="../../ui/views/backups_view.py" line="313"/>
        <location filename="../../ui/views/backups_view.py" line="325"/>
        <source>Back up now</source>
        <translation>Көшірмені қазір жасау</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="73"/>
        <source>Choose a fol&amp;der…</source>
        <translation>Қалтаны таңда&amp;у…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="125"/>
        <source>Ver&amp;ify…</source>
        <translation>&amp;Тексеру…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="129"/>
        <source>Restore from &amp;another file…</source>
        <translation>&amp;Басқа файлдан қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="315"/>
        <source>No stick or backup folder is here. Plug in the stick, choose it and press “Back up now”: that backup will retire the older ones, which still hold the erased person.</source>
        <translation>Флешка да, көшірме қалтасы да жоқ. Флешканы салып, оны таңдаңыз да «Көшірмені қазір жасау» батырмасын басыңыз: бұл көшірме өшірілген адам әлі тұрған ескілерін жояды.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="325"/>
        <source>Store &amp;passphrase:</source>
        <translation>Қойманың құпия &amp;сөзі:</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="330"/>
        <source>Writing the encrypted backup to {path}…</source>
        <translation>Шифрланған көшірме {path} ішіне жазылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="331"/>
        <source>Reading the backup back from {path} and checking every part…</source>
        <translation>Көшірме {path} ішінен қайта оқылып, әр бөлігі тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="334"/>
        <location filename="../../ui/views/backups_view.py" line="470"/>
        <source>Checking the passphrase…</source>
        <translation>Құпия сөз тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="334"/>
        <source>Taking a snapshot of the records…</source>
        <translation>Жазбалардың көшірмесі алынуда…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="352"/>
        <source>Backing up…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="364"/>
        <source>The backup was written and read back whole from {path}.</source>
        <translation>Көшірме жазылып, {path} ішінен толық қайта оқылды.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="372"/>
        <source>Older backups of this store overwritten and removed there: {count}. Copies on other sticks or computers still hold the erased person: retire them too.</source>
        <translation>Сол жерде осы қойманың ескі көшірмелері қайта жазылып, жойылды: {count}. Басқа флешкалар мен компьютерлердегі көшірмелерде өшірілген адам әлі бар: оларды да жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="377"/>
        <source>Older backups removed there: {count}.</source>
        <translation>Ондағы өшірілген ескі көшірмелер: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="379"/>
        <source>Eject the stick safely (Eject or Safely Remove in the system) before pulling it out, or the backup may be lost.</source>
        <translation>Флешканы суырмас бұрын оны қауіпсіз шығарыңыз (жүйедегі «Шығару» немесе «Қауіпсіз шығару»), әйтпесе көшірме жоғалуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="382"/>
        <location filename="../../ui/views/backups_view.py" line="437"/>
        <source>Backup verified</source>
        <translation>Көшірме тексерілді</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="385"/>
        <source>Verified: {members} members, {assemblies} assemblies, {demands} demands.</source>
        <translation>Тексерілді: мүшелер — {members}, жиналыстар — {assemblies}, талаптар — {demands}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="400"/>
        <source>Verify backup</source>
        <translation>Көшірмені тексеру</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="402"/>
        <source>Reads {name} back whole and checks every part. Type the passphrase it was made with (the store&apos;s, or the separate backup passphrase).</source>
        <translation>{name} толық оқылып, әр бөлігі тексеріледі. Көшірме жасалған құпия сөзді енгізіңіз (қойманың немесе көшірмелерге арналған бөлек құпия сөзді).</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="405"/>
        <location filename="../../ui/views/backups_view.py" line="460"/>
        <source>Backup &amp;passphrase:</source>
        <translation>Көшірменің құпия &amp;сөзі:</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="413"/>
        <location filename="../../ui/views/backups_view.py" line="468"/>
        <source>Reading {name} and checking every part…</source>
        <translation>{name} оқылып, әр бөлігі тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="436"/>
        <source>The backup {name} is whole.</source>
        <translation>{name} көшірмесі бүтін.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="447"/>
        <location filename="../../ui/views/backups_view.py" line="455"/>
        <location filename="../../ui/views/backups_view.py" line="508"/>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="447"/>
        <source>Committee Desk backups (*.cdbk)</source>
        <translation>Committee Desk сақтық көшірмелері (*.cdbk)</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="457"/>
        <source>The backup {name} is read and checked whole first; nothing changes until you confirm. Afterwards the records open with this store&apos;s passphrase, as now.</source>
        <translation>Алдымен {name} көшірмесі толық оқылып, тексеріледі; сіз растағанша ештеңе өзгермейді. Қалпына келтірілгеннен кейін жазбалар осы қойманың құпия сөзімен ашылады, қазіргідей.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="460"/>
        <source>This &amp;store&apos;s passphrase:</source>
        <translation>Осы &amp;қойманың құпия сөзі:</translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="498"/>
        <source>Replace all the records on this laptop with the backup {name}?

It holds {members} members, {assemblies} assemblies and {demands} demands.

The records on this laptop now are kept, unchanged, as {aside}.</source>
        <translation>Осы ноутбуктағы барлық жазбаны {name} сақтық көшірмесімен ауыстыру керек пе?

Ішінде: мүшелер — {members}, жиналыстар — {assemblies}, талаптар — {demands}.

Қазір ноутбукта тұрған жазбалар өзгеріссіз {aside} ретінде сақталады.</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/bundle_export_dialog.py" line="13"/>
        <source>Export for the council</source>
        <translation>Кеңеске арналған экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_export_dialog.py" line="15"/>
        <source>The bundle holds the committee&apos;s name, its held assemblies (date, kind, how many were entitled and registered, whether there was a quorum), their resolutions with the votes, and the adopted demands with their votes, status and history. No member is named in it, and no phone or workplace is in it.</source>
        <translation>Пакетте: комитеттің атауы, өткен жиналыстар (күні, түрі, қатысуға құқылылар мен тіркелгендер саны, кворум болды ма), олардың қаулылары мен дауыс беру қорытындылары, қабылданған талаптар мен олардың дауыс беруі, күйі және тарихы. Онда бірде-бір мүше аталмайды, телефондар мен жұмыс орындары жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_export_dialog.py" line="20"/>
        <source>Export for the committees</source>
        <translation>Комитеттерге арналған экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_export_dialog.py" line="22"/>
        <source>The bundle holds the council&apos;s name, its held assemblies (counts, no names), their resolutions with the votes, and the common demands the council adopted, with their status and history. No member is named in it, and no phone or workplace is in it.</source>
        <translation>Пакетте: кеңестің атауы, өткен жиналыстар (тек сандар, есімдерсіз), олардың қаулылары мен дауыс беру қорытындылары, кеңес қабылдаған ортақ талаптар, олардың күйі мен тарихы. Онда бірде-бір мүше аталмайды, телефондар мен жұмыс орындары жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_export_dialog.py" line="31"/>
        <source>The bundle is encrypted with a passphrase the committee and the council agree on. Say it in person: never on the same stick, and never by phone.</source>
        <translation>Пакет комитет пен кеңес келіскен құпия сөзбен шифрланады. Оны тек бетпе-бет айтыңыз: ешқашан сол флешкада емес, ешқашан телефонмен емес.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_export_dialog.py" line="35"/>
        <source>Include the &amp;delegates&apos; names (names only: no phones or workplaces)</source>
        <translation>&amp;Делегаттардың есімдерін қосу (тек есімдер: телефонсыз, жұмыс орнынсыз)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_export_dialog.py" line="37"/>
        <source>&amp;Choose where to save…</source>
        <translation>Қайда сақтауды &amp;таңдау…</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../../ui/models/candidates_model.py" line="45"/>
        <source>elected</source>
        <translation>сайланды</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidates_model.py" line="47"/>
        <source>tie</source>
        <translation>тең дауыс</translation>
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
        <translation>Дауыстар</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidates_model.py" line="86"/>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="329"/>
        <source>Unresolved items</source>
        <translation>Шешілмеген мәселелер</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="332"/>
        <source>These items of assembly No. {number} were left unresolved (no decision, or every vote failed). Ticked items are added to the new agenda:</source>
        <translation>№ {number} жиналыстың мына мәселелері шешілмей қалды (шешім қабылданбады немесе бірде-бір дауыс беру өтпеді). Белгіленген мәселелер жаңа күн тәртібіне қосылады:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="343"/>
        <source>&amp;Add ticked items</source>
        <translation>Белгіленгендерді &amp;қосу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="344"/>
        <source>&amp;Not now</source>
        <translation>Қазір &amp;емес</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="19"/>
        <source>Change passphrase</source>
        <translation>Құпия сөзді өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="28"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Қазіргі құпия сөз:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="39"/>
        <source>Type the current passphrase.</source>
        <translation>Қазіргі құпия сөзді енгізіңіз.</translation>
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
        <translation>Сіздің комитетіңіз</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="40"/>
        <source>Committee Desk keeps the committee&apos;s records encrypted on this computer only.</source>
        <translation>Committee Desk комитеттің жазбаларын тек осы компьютерде, шифрланған күйде сақтайды.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="51"/>
        <source>A new laptop for a committee that has a backup? Restore its records instead of starting anew.</source>
        <translation>Жаңа ноутбук, ал комитеттің сақтық көшірмесі бар ма? Жаңадан бастамай, жазбаларды көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="54"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Сақтық көшірмеден қалпына &amp;келтіру…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="56"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="57"/>
        <source>Committee &amp;name:</source>
        <translation>Комитеттің &amp;атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="58"/>
        <source>&amp;Kind:</source>
        <translation>Тү&amp;рі:</translation>
    </message>
</context>
<context>
    <name>CouncilView</name>
    <message>
        <location filename="../../ui/views/council_view.py" line="69"/>
        <location filename="../../ui/views/council_view.py" line="89"/>
        <source>Council</source>
        <translation>Кеңес</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="72"/>
        <source>&amp;Import a bundle…</source>
        <translation>Пакетті &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="73"/>
        <source>Take in a bundle from a committee, or from the council</source>
        <translation>Комитеттен немесе кеңестен келген пакетті қабылдау</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="74"/>
        <location filename="../../ui/views/council_view.py" line="116"/>
        <source>&amp;Export for the council…</source>
        <translation>Кеңеске &amp;экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="75"/>
        <source>Link as the &amp;same demand</source>
        <translation>&amp;Бір талап ретінде байланыстыру</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="77"/>
        <source>The chosen committees&apos; demands become one common demand of the council, proposed to it</source>
        <translation>Таңдалған комитет талаптары кеңеске ұсынылған бір ортақ талапқа айналады</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="79"/>
        <source>Link &amp;to a common demand…</source>
        <translation>&amp;Ортақ талаппен байланыстыру…</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="80"/>
        <source>&amp;Unlink</source>
        <translation>Байланысты &amp;үзу</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="81"/>
        <source>&amp;Remove a committee&apos;s records…</source>
        <translation>Комитет жазбаларын &amp;жою…</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="83"/>
        <source>Everything one committee&apos;s bundles brought here goes; its next bundle brings it back</source>
        <translation>Бір комитеттің пакеттері әкелгеннің бәрі жойылады; оның келесі пакеті оны қайтарады</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="85"/>
        <source>&amp;Print common demands…</source>
        <translation>Ортақ талаптарды басып &amp;шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="86"/>
        <source>The common demands with the committees that adopted each, and how they voted</source>
        <translation>Ортақ талаптар, әрқайсысын қабылдаған комитеттер және олардың дауыс беруі</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="104"/>
        <source>&amp;Demands</source>
        <translation>&amp;Талаптар</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="105"/>
        <source>Reso&amp;lutions</source>
        <translation>&amp;Қаулылар</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="116"/>
        <source>&amp;Export for the committees…</source>
        <translation>Комитеттерге &amp;экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="118"/>
        <source>Write the council&apos;s resolutions and common demands in a bundle for its committees</source>
        <translation>Кеңестің қаулылары мен ортақ талаптарын оның комитеттеріне арналған пакетке жазу</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="120"/>
        <source>Write the held assemblies, resolutions and adopted demands in a bundle for the council</source>
        <translation>Өткен жиналыстарды, қаулыларды және қабылданған талаптарды кеңеске арналған пакетке жазу</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="138"/>
        <source>No committee&apos;s bundle has been imported yet. Each committee writes one with File → Export for the council…; import it here with Import a bundle… (Ctrl+I).</source>
        <translation>Комитеттердің пакеттері әлі импортталған жоқ. Әр комитет өз пакетін Файл → Кеңеске экспорт… арқылы жазады; оны осында «Пакетті импорттау…» (Ctrl+I) арқылы импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="141"/>
        <source>Nothing has come from the council yet. Its bundle is imported with Import a bundle… (Ctrl+I).</source>
        <translation>Кеңестен әзірге ештеңе келген жоқ. Оның пакеті «Пакетті импорттау…» (Ctrl+I) арқылы импортталады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="145"/>
        <source>{name}: bundle written {made}, imported {imported}; {assemblies} held assemblies, {demands} adopted demands</source>
        <translation>{name}: пакет {made} жазылған, {imported} импортталған; өткен жиналыстар: {assemblies}, қабылданған талаптар: {demands}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/council_view.py" line="154"/>
        <source>; %n delegate(s) named</source>
        <translation>
            <numerusform>; %n делегат аталған</numerusform>
            <numerusform>; %n делегат аталған</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="185"/>
        <source>Export for the council</source>
        <translation>Кеңеске арналған экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="185"/>
        <source>Export for the committees</source>
        <translation>Комитеттерге арналған экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="191"/>
        <location filename="../../ui/views/council_view.py" line="229"/>
        <source>Committee Desk bundle</source>
        <translation>Committee Desk пакеті</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="202"/>
        <source>No member is named in it.</source>
        <translation>Онда бірде-бір мүше аталмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="204"/>
        <source>It names {count} delegates (names only). Keep the stick safe.</source>
        <translation>Онда делегаттар аталған: {count} (тек есімдер). Флешканы сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="209"/>
        <source>Wrote {path}: {assemblies} held assemblies, {demands} adopted demands.</source>
        <translation>{path} жазылды: өткен жиналыстар: {assemblies}, қабылданған талаптар: {demands}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="219"/>
        <source>Writing the bundle…</source>
        <translation>Пакет жазылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="229"/>
        <location filename="../../ui/views/council_view.py" line="236"/>
        <location filename="../../ui/views/council_view.py" line="275"/>
        <source>Import a bundle</source>
        <translation>Пакетті импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="241"/>
        <source>The passphrase the committee and the council agreed on for {name}:</source>
        <translation>{name} үшін комитет пен кеңес келіскен құпия сөз:</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="242"/>
        <source>&amp;Passphrase:</source>
        <translation>Құпия &amp;сөз:</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="280"/>
        <source>{file}: not imported. {reason}</source>
        <translation>{file}: импортталмады. {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="282"/>
        <source>Imported the bundle of {name} written on {made}: {assemblies} held assemblies, {demands} adopted demands.</source>
        <translation>«{name}» пакеті импортталды ({made} жазылған): өткен жиналыстар: {assemblies}, қабылданған талаптар: {demands}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="285"/>
        <source>Updated from the bundle of {name} written on {made}: {assemblies} held assemblies, {demands} adopted demands.</source>
        <translation>«{name}» пакетінен жаңартылды ({made} жазылған): өткен жиналыстар: {assemblies}, қабылданған талаптар: {demands}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="291"/>
        <source>Its earlier bundle named it «{name}». If that is not the same committee, remove these records (Remove a committee&apos;s records…) and ask which committee wrote this bundle.</source>
        <translation>Оның бұрынғы пакетінде ол «{name}» деп аталған. Егер бұл сол комитет болмаса, осы жазбаларды жойыңыз («Комитет жазбаларын жою…») және бұл пакетті қай комитет жазғанын анықтаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="267"/>
        <source>Importing the bundle…</source>
        <translation>Пакет импортталуда…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/council_view.py" line="305"/>
        <source>%n demand(s) linked as one common demand, «{title}». It is proposed to the council: adopt it in Demands.</source>
        <translation>
            <numerusform>%n талап «{title}» деген бір ортақ талапқа байланыстырылды. Ол кеңеске ұсынылды: оны «Талаптар» бөлімінде қабылдаңыз.</numerusform>
            <numerusform>%n талап «{title}» деген бір ортақ талапқа байланыстырылды. Ол кеңеске ұсынылды: оны «Талаптар» бөлімінде қабылдаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="318"/>
        <location filename="../../ui/views/council_view.py" line="324"/>
        <source>Link to a common demand</source>
        <translation>Ортақ талаппен байланыстыру</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="319"/>
        <source>The council has no common demand yet: use Link as the same demand to make one.</source>
        <translation>Кеңесте әлі ортақ талап жоқ: оны «Бір талап ретінде байланыстыру» арқылы жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="324"/>
        <source>The &amp;common demand:</source>
        <translation>&amp;Ортақ талап:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/council_view.py" line="333"/>
        <source>%n demand(s) linked to «{title}».</source>
        <translation>
            <numerusform>%n талап «{title}» талабымен байланыстырылды.</numerusform>
            <numerusform>%n талап «{title}» талабымен байланыстырылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/council_view.py" line="341"/>
        <source>%n demand(s) no longer linked to a common demand.</source>
        <translation>
            <numerusform>%n талап енді ортақ талаппен байланысты емес.</numerusform>
            <numerusform>%n талап енді ортақ талаппен байланысты емес.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="346"/>
        <source>Remove a committee&apos;s records</source>
        <translation>Комитет жазбаларын жою</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="348"/>
        <source>Whose &amp;records:</source>
        <translation>Кімнің &amp;жазбалары:</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="353"/>
        <source>Remove everything the bundles of {name} brought here: {assemblies} held assemblies and {demands} adopted demands, and their links to the common demands? The council&apos;s own demands stay. Its next bundle brings them back.</source>
        <translation>«{name}» пакеттері әкелгеннің бәрін жою керек пе: өткен жиналыстар ({assemblies}), қабылданған талаптар ({demands}) және олардың ортақ талаптармен байланыстары? Кеңестің өз талаптары қалады. Комитеттің келесі пакеті бұл жазбаларды қайтарады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/council_view.py" line="362"/>
        <source>The records of {name} were removed.</source>
        <translation>«{name}» жазбалары жойылды.</translation>
    </message>
</context>
<context>
    <name>DelegatesDialog</name>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="113"/>
        <source>Delegates and their mandates</source>
        <translation>Делегаттар және олардың мандаттары</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="115"/>
        <source>Only mandates &amp;held today</source>
        <translation>Тек бүгін &amp;қолданыстағы мандаттар</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="129"/>
        <source>No mandates yet. An election on an agenda item (Assemblies → Election…) gives them once its result is declared.</source>
        <translation>Әзірге мандаттар жоқ. Оларды күн тәртібіндегі мәселе бойынша сайлау (Жиналыстар → Сайлау…) нәтижесі жарияланғанда береді.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="132"/>
        <source>&amp;Recall…</source>
        <translation>&amp;Кері шақыру…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="134"/>
        <source>&amp;Print the list…</source>
        <translation>Тізімді &amp;басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="136"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>DemandDialog</name>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="100"/>
        <source>New demand</source>
        <translation>Жаңа талап</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="100"/>
        <source>Edit demand</source>
        <translation>Талапты өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="110"/>
        <source>Demands of high priority come first in the list and on paper.</source>
        <translation>Басымдығы жоғары талаптар тізімде де, құжатта да бірінші тұрады.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="113"/>
        <source>The employer, the akimat, a ministry…</source>
        <translation>Жұмыс беруші, әкімдік, министрлік…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="121"/>
        <source>&amp;Demand:</source>
        <translation>&amp;Талап:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="122"/>
        <source>&amp;Text:</source>
        <translation>&amp;Мәтін:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="123"/>
        <source>&amp;Category:</source>
        <translation>&amp;Санаты:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="124"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Басымдық:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="125"/>
        <source>&amp;Addressed to:</source>
        <translation>Кімге &amp;қойылған:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="127"/>
        <source>The day the demand was put forward, which may be before today.</source>
        <translation>Талап ұсынылған күн; бүгіннен бұрын болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="128"/>
        <source>Proposed &amp;on:</source>
        <translation>Ұсынылған &amp;күні:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="140"/>
        <source>The date cannot be in the future: today is {today}.</source>
        <translation>Күн болашақта болмайды: бүгін {today}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="77"/>
        <source>Write the demand in a few words.</source>
        <translation>Талапты бірнеше сөзбен жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="80"/>
        <source>The text is too long: {length} characters, at most {limit}.</source>
        <translation>Мәтін тым ұзын: {length} таңба, ең көбі {limit} болуы керек.</translation>
    </message>
</context>
<context>
    <name>DemandHistoryModel</name>
    <message>
        <location filename="../../ui/models/demands_model.py" line="271"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="271"/>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="271"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="280"/>
        <source>Typed in on {moment}</source>
        <translation>Енгізілген уақыты: {moment}</translation>
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
        <translation>Талаптың күйін өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="61"/>
        <source>The day it happened, which may be before today.</source>
        <translation>Бұл болған күн; бүгіннен бұрын болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="65"/>
        <source>Choose the vote that adopted it…</source>
        <translation>Оны қабылдаған дауыс беруді таңдаңыз…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="68"/>
        <source>Adopted without a recorded vote</source>
        <translation>Тіркелген дауыс берусіз қабылданды</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="70"/>
        <source>No carried vote is recorded yet. Record the vote in its assembly first, or adopt without one.</source>
        <translation>Әзірге шешім қабылданған бірде-бір дауыс беру тіркелмеген. Алдымен дауыс беруді өз жиналысының хаттамасына тіркеңіз немесе талапты дауыс берусіз қабылдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="74"/>
        <source>Why, who decided, what was said: kept in the demand&apos;s history.</source>
        <translation>Неге, кім шешті, не айтылды — талаптың тарихында сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="83"/>
        <source>Status now:</source>
        <translation>Қазіргі күйі:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="84"/>
        <source>&amp;New status:</source>
        <translation>&amp;Жаңа күйі:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="86"/>
        <source>Adopted by &amp;vote:</source>
        <translation>Қабылдаған &amp;дауыс беру:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="88"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="113"/>
        <source>Choose the vote that adopted the demand, or “Adopted without a recorded vote”.</source>
        <translation>Талапты қабылдаған дауыс беруді таңдаңыз немесе «Жазылған дауыс берусіз қабылданды» дегенді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="115"/>
        <source>The date cannot be in the future: today is {today}.</source>
        <translation>Күн болашақта болмайды: бүгін {today}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="117"/>
        <source>The date cannot be before the demand&apos;s last change, on {date}.</source>
        <translation>Күн талаптың соңғы өзгерісінен ({date}) бұрын болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="134"/>
        <source>&amp;Presented on:</source>
        <translation>&amp;Тапсырылған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="134"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="137"/>
        <source>“{status}” is final: the demand&apos;s status cannot change after this.</source>
        <translation>«{status}» — соңғы күй: одан кейін талаптың күйін өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="150"/>
        <source>Mark “{title}” as {status}? This cannot be undone: after it, the demand&apos;s status cannot change.</source>
        <translation>«{title}» талабын «{status}» деп белгілейсіз бе? Мұны қайтаруға болмайды: осыдан кейін талаптың күйі өзгермейді.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="152"/>
        <source>Final status</source>
        <translation>Соңғы күй</translation>
    </message>
</context>
<context>
    <name>DemandsTableModel</name>
    <message>
        <location filename="../../ui/models/demands_model.py" line="78"/>
        <source>Demand</source>
        <translation>Талап</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="79"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="80"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="81"/>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="82"/>
        <source>Adopted by</source>
        <translation>Қабылдаған жиналыс</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="83"/>
        <source>Addressed to</source>
        <translation>Кімге қойылған</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="84"/>
        <source>Deadline</source>
        <translation>Жауап мерзімі</translation>
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
        <translation>№ {number} жиналыста қабылданды: «{question}» — «қолдайды» {votes_for}, «қарсы» {votes_against}, «қалыс қалды» {votes_abstain}</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="191"/>
        <source>Deadline passed {count} days ago</source>
        <translation>Мерзімі {count} күн бұрын өтті</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="193"/>
        <source>Deadline passed yesterday</source>
        <translation>Мерзімі кеше өтті</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="195"/>
        <source>Deadline is today</source>
        <translation>Мерзімі — бүгін</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="197"/>
        <source>Deadline is tomorrow</source>
        <translation>Мерзімі — ертең</translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="198"/>
        <source>Deadline in {count} days</source>
        <translation>Мерзіміне {count} күн қалды</translation>
    </message>
</context>
<context>
    <name>DemandsView</name>
    <message>
        <location filename="../../ui/views/demands_view.py" line="70"/>
        <location filename="../../ui/views/demands_view.py" line="113"/>
        <source>Demands</source>
        <translation>Талаптар</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="76"/>
        <source>&amp;New demand…</source>
        <translation>&amp;Жаңа талап…</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="77"/>
        <source>Write down a demand proposed to the committee</source>
        <translation>Комитетке ұсынылған талапты жазу</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="78"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="79"/>
        <source>Change the wording, category, priority or addressee</source>
        <translation>Мәтінін, санатын, басымдығын немесе кімге қойылғанын өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="80"/>
        <source>Edit &amp;follow-up…</source>
        <translation>&amp;Тапсыру және жауап…</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="81"/>
        <source>To whom and when it was presented, the deadline given, the response</source>
        <translation>Кімге және қашан тапсырылды, қандай мерзім берілді, қандай жауап алынды</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="82"/>
        <source>Change &amp;status…</source>
        <translation>&amp;Күйін өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="83"/>
        <source>&amp;Print demands…</source>
        <translation>Талаптарды &amp;басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="85"/>
        <source>The adopted demands, numbered, with the vote that adopted each: ready to hand over</source>
        <translation>Нөмірленген қабылданған талаптар, әрқайсысы қабылданған дауыс берудің қорытындысымен — тапсыруға дайын құжат</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="93"/>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="94"/>
        <source>In progress</source>
        <translation>Жұмыста</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="97"/>
        <source>Proposed, adopted, presented, under negotiation or partially met: the status can still change</source>
        <translation>Ұсынылған, қабылданған, тапсырылған, келіссөз үстіндегі немесе ішінара орындалған: күйі әлі өзгеруі мүмкін</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="154"/>
        <source>From the council (read-only; a newer bundle from the council updates them)</source>
        <translation>Кеңестен (тек оқу үшін; оларды кеңестің жаңа пакеті жаңартады)</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="312"/>
        <source>Move the selected demand on: adopted, presented, under negotiation, met, refused…</source>
        <translation>Таңдалған талапты келесі күйге көшіру: қабылданды, тапсырылды, келіссөз үстінде, орындалды, бас тартылды…</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="100"/>
        <source>Closed</source>
        <translation>Жабылғандар</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="103"/>
        <source>Met, refused, rejected or withdrawn: the status is final</source>
        <translation>Орындалған, бас тартылған, қабылданбаған немесе кері алынған: күйі соңғы</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="111"/>
        <source>Sho&amp;w:</source>
        <translation>Кө&amp;рсету:</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="175"/>
        <source>Addressed to:</source>
        <translation>Кімге қойылған:</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="176"/>
        <source>Presented on:</source>
        <translation>Тапсырылған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="177"/>
        <source>Deadline:</source>
        <translation>Жауап мерзімі:</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="178"/>
        <source>Response:</source>
        <translation>Жауап:</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="196"/>
        <source>H&amp;istory:</source>
        <translation>Тари&amp;хы:</translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="281"/>
        <source>{status} · {category} · adopted by {vote}</source>
        <translation>{status} · {category} · қабылдаған жиналыс: {vote}</translation>
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
        <translation>Бұл талаптың күйі — «{status}», бұл соңғы күй: оны өзгертуге болмайды.</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="85"/>
        <source>Start</source>
        <translation>Жұмысты бастау</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="86"/>
        <source>Try the app with &amp;demo records first</source>
        <translation>Алдымен бағдарламаны &amp;демо-жазбалармен байқап көру</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="89"/>
        <source>Demo records (the oil workers&apos; strike committee of Zhanaozen) go into a separate demo store, never into your committee&apos;s. Your committee&apos;s store is made when you start without them. Without demo records the committee starts empty: add members, then plan the first assembly.</source>
        <translation>Демо-жазбалар (Жаңаөзен мұнайшыларының ереуіл комитеті) бөлек демо-қоймада сақталады, сіздің комитетіңіздің қоймасына ешқашан түспейді. Комитетіңіздің қоймасы оларсыз бастағанда жасалады. Демо-жазбаларсыз комитет бос басталады: мүшелерді қосып, содан кейін алғашқы жиналысты жоспарлаңыз.</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../ui/app.py" line="137"/>
        <source>Creating the encrypted store…</source>
        <translation>Шифрланған қойма жасалуда…</translation>
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
        <translation>Жазбалар құлыпталды.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="217"/>
        <source>Edits not yet saved were discarded; nothing was half-saved.</source>
        <translation>Сақталмаған өзгерістер алынып тасталды; ештеңе жартылай сақталған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="270"/>
        <source>The wipe was cancelled. Nothing was deleted.</source>
        <translation>Өшіру тоқтатылды. Ештеңе өшірілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="298"/>
        <source>These files could not be deleted:</source>
        <translation>Мына файлдарды өшіру мүмкін болмады:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="302"/>
        <source>The key files remain: the records can still be opened. Delete them by hand.</source>
        <translation>Кілт файлдары қалып қойды: жазбаларды әлі де ашуға болады. Оларды қолмен өшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="303"/>
        <source>Wipe</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="384"/>
        <source>Changing the passphrase…</source>
        <translation>Құпия сөз өзгертілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="385"/>
        <source>The passphrase was changed.</source>
        <translation>Құпия сөз өзгертілді.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="412"/>
        <location filename="../../ui/app.py" line="545"/>
        <source>Restoring: putting {name} in place…</source>
        <translation>Қалпына келтіру: {name} жазбалардың орнына қойылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="500"/>
        <source>Restoring: reading and checking {name}…</source>
        <translation>Қалпына келтіру: {name} оқылып, тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="413"/>
        <location filename="../../ui/app.py" line="549"/>
        <source>Opening the restored records…</source>
        <translation>Қалпына келтірілген жазбалар ашылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="433"/>
        <source>The backup was restored: {members} members, {assemblies} assemblies, {demands} demands.</source>
        <translation>Сақтық көшірме қалпына келтірілді: мүшелер — {members}, жиналыстар — {assemblies}, талаптар — {demands}.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="437"/>
        <source>The records that were on this laptop are kept as {aside}.</source>
        <translation>Осы ноутбукта болған жазбалар {aside} ретінде сақталды.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="438"/>
        <location filename="../../ui/app.py" line="453"/>
        <location filename="../../ui/app.py" line="479"/>
        <location filename="../../ui/app.py" line="489"/>
        <location filename="../../ui/app.py" line="541"/>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="455"/>
        <source>The restore was completed when the records were opened again. The records that were on this laptop are kept beside the store, named *.before-restore.</source>
        <translation>Қалпына келтіру жазбалар қайта ашылғанда аяқталды. Осы ноутбукта болған жазбалар қойманың жанында *.before-restore атымен сақталды.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="468"/>
        <source>Opening the records again…</source>
        <translation>Жазбалар қайта ашылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="479"/>
        <source>Committee Desk backups (*.cdbk)</source>
        <translation>Committee Desk сақтық көшірмелері (*.cdbk)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="491"/>
        <source>Type the passphrase the backup {name} was made with. The restored records open with the same passphrase; you can change it afterwards in the File menu.</source>
        <translation>{name} көшірмесі жасалған құпия сөзді енгізіңіз. Қалпына келтірілген жазбалар сол құпия сөзбен ашылады; кейін оны «Файл» мәзірінде өзгертуге болады.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="494"/>
        <source>Backup &amp;passphrase:</source>
        <translation>Көшірменің құпия &amp;сөзі:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="538"/>
        <source>Restore the backup {name} on this laptop?

It holds {members} members, {assemblies} assemblies and {demands} demands.</source>
        <translation>{name} сақтық көшірмесін осы ноутбукта қалпына келтіру керек пе?

Ішінде: мүшелер — {members}, жиналыстар — {assemblies}, талаптар — {demands}.</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <location filename="../../ui/session.py" line="97"/>
        <source>A backup that takes long to open</source>
        <translation>Ашылуы ұзаққа созылатын сақтық көшірме</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="98"/>
        <source>Open it anyway? This computer will be busy with it for a while; only agree for a backup you trust.</source>
        <translation>Бәрібір ашу керек пе? Компьютер біраз уақыт соның жұмысымен бос болмайды; тек өзіңіз сенетін көшірме үшін келісіңіз.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../../ui/printing_actions.py" line="345"/>
        <source>Making “{title}”…</source>
        <translation>«{title}» құжаты жасалуда…</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="352"/>
        <location filename="../../ui/printing_actions.py" line="361"/>
        <source>Save PDF</source>
        <translation>PDF файлын сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="352"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="361"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} файлы бұрыннан бар. Оны ауыстырасыз ба?</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="368"/>
        <source>Saved {path}</source>
        <translation>Сақталды: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="376"/>
        <source>Opened {name} in the PDF viewer</source>
        <translation>{name} файлы PDF қарау бағдарламасында ашылды</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="379"/>
        <source>No program on this computer opened the PDF: a PDF viewer may be missing. It was written to {path}.

Open the folder that holds it instead?</source>
        <translation>Бұл компьютердегі бірде-бір бағдарлама PDF файлын ашпады: PDF қарау бағдарламасы орнатылмаған болуы мүмкін. Файл мына жерге жазылды: {path}.

Оның орнына файл жатқан қалтаны ашасыз ба?</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="382"/>
        <location filename="../../ui/printing_actions.py" line="393"/>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="389"/>
        <source>Opened the folder that holds {name}</source>
        <translation>{name} файлы жатқан қалта ашылды</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="395"/>
        <source>The folder could not be opened either. The PDF is here; select the path to copy it:

{path}

This copy is deleted when Committee Desk closes. To keep the PDF, print again and choose “Save PDF…”.</source>
        <translation>Қалтаны да ашу мүмкін болмады. PDF файлы осында; көшіріп алу үшін жолын белгілеңіз:

{path}

Committee Desk жабылғанда бұл көшірме өшіріледі. PDF файлын сақтап қою үшін құжатты қайта басып шығарып, «PDF файлын сақтау…» таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>ElectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="89"/>
        <source>Election: item {position} of assembly No. {number}</source>
        <translation>Сайлау: № {number} жиналыстың {position}-мәселесі</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="99"/>
        <source>Move up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="100"/>
        <source>Move down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="319"/>
        <source>Take off the ballot</source>
        <translation>Бюллетеньнен алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="111"/>
        <source>A member&apos;s name, or any name for a worker not in the list</source>
        <translation>Мүшенің аты немесе тізімде жоқ жұмысшының аты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="101"/>
        <source>Take off the ballot…</source>
        <translation>Бюллетеньнен алып тастау…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="103"/>
        <source>Clear the count</source>
        <translation>Дауыс санын өшіру</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="113"/>
        <source>&amp;Candidate:</source>
        <translation>&amp;Кандидат:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="115"/>
        <source>Put on the &amp;ballot</source>
        <translation>&amp;Бюллетеньге енгізу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="139"/>
        <source>Candidates in ballot order (type the &amp;votes into the table):</source>
        <translation>Бюллетень ретімен кандидаттар (&amp;дауыстарды кестеге енгізіңіз):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="146"/>
        <source>The counting commission&apos;s figures</source>
        <translation>Санау комиссиясының деректері</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="152"/>
        <source>Ballots &amp;issued:</source>
        <translation>Берілген бюллет&amp;еньдер:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="153"/>
        <source>Ballots &amp;found in the ballot box:</source>
        <translation>Жә&amp;шіктен табылған бюллетеньдер:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="154"/>
        <source>Invalid ba&amp;llots:</source>
        <translation>&amp;Жарамсыз бюллетеньдер:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="155"/>
        <source>Valid ballots:</source>
        <translation>Жарамды бюллетеньдер:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="161"/>
        <source>&amp;Settings…</source>
        <translation>Бап&amp;таулар…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="163"/>
        <source>Print ball&amp;ot papers…</source>
        <translation>Бюллетеньдерді басып шы&amp;ғару…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="165"/>
        <source>Print count &amp;protocol…</source>
        <translation>Санау комиссиясының &amp;хаттамасын басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="167"/>
        <source>&amp;Declare the result</source>
        <translation>Нәтижені жари&amp;ялау</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="169"/>
        <source>&amp;Remove the election</source>
        <translation>Сайлауды жо&amp;ю</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="171"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="219"/>
        <source>{office}: {seats} seat(s); {quota}; {kind}</source>
        <translation>{office}: орын саны — {seats}; {quota}; {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="224"/>
        <source>; more than half of them, {required}, to be elected</source>
        <translation>; сайлану үшін жартысынан көбі — {required} керек</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="229"/>
        <source>Registered at the assembly: {registered}{needed}.</source>
        <translation>Жиналыста тіркелгендер: {registered}{needed}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="254"/>
        <source>No candidates yet.</source>
        <translation>Әзірге кандидаттар жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="256"/>
        <source>Counting: type each candidate&apos;s votes.</source>
        <translation>Санау: әр кандидаттың дауыстарын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="259"/>
        <source>Elected: {names}.</source>
        <translation>Сайланғандар: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="262"/>
        <source>Tie for the last seat(s) between {names}: another round decides.</source>
        <translation>Соңғы орындарға {names} тең дауыс алды: жаңа тур шешеді.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="267"/>
        <source>Seats left open: {seats}.</source>
        <translation>Бос қалған орындар: {seats}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="269"/>
        <source>The result is declared in the minutes.</source>
        <translation>Нәтиже хаттамада жарияланды.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="318"/>
        <source>Take {name} off the ballot? Ballot papers already printed list them.</source>
        <translation>{name} бюллетеньнен алынсын ба? Басылып қойған бюллетеньдерде ол бар.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="379"/>
        <source>Write the result into the minutes of item {position} and give a mandate to each one elected? The election cannot change after that.</source>
        <translation>Нәтижені {position}-мәселенің хаттамасына жазып, әр сайланғанға мандат беру керек пе? Осыдан кейін сайлауды өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="382"/>
        <location filename="../../ui/dialogs/election_dialog.py" line="390"/>
        <source>Declare the result</source>
        <translation>Нәтижені жариялау</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="391"/>
        <source>The result is in «Resolved» of item {position}; mandates given: {count}.</source>
        <translation>Нәтиже {position}-мәселенің «Қаулы етілді» бөліміне жазылды; берілген мандаттар: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="397"/>
        <source>Remove the election</source>
        <translation>Сайлауды жою</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="397"/>
        <source>Remove this election with its candidates and votes?</source>
        <translation>Бұл сайлауды кандидаттарымен және дауыстарымен бірге жою керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="410"/>
        <source>Print ballot papers</source>
        <translation>Бюллетеньдерді басып шығару</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_dialog.py" line="411"/>
        <source>How many &amp;ballot papers (one for each one registered):</source>
        <translation>Қанша &amp;бюллетень (әр тіркелген адамға біреуден):</translation>
    </message>
</context>
<context>
    <name>ElectionSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="72"/>
        <source>New election</source>
        <translation>Жаңа сайлау</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="72"/>
        <source>Election settings</source>
        <translation>Сайлау баптаулары</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="75"/>
        <source>For example: delegate to the council of workers&apos; committees</source>
        <translation>Мысалы: жұмысшы комитеттері кеңесіне делегат</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="78"/>
        <source>For example: the council of workers&apos; committees of Mangistau</source>
        <translation>Мысалы: Маңғыстау жұмысшы комитеттерінің кеңесі</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="88"/>
        <source>One name a line, the chair first</source>
        <translation>Әр жолға бір ат, төраға бірінші</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="91"/>
        <source>Mandates &amp;from:</source>
        <translation>Өкілеттік &amp;басталуы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="94"/>
        <source>Mandates &amp;until:</source>
        <translation>Өкілеттік &amp;аяқталуы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="102"/>
        <source>&amp;Office elected:</source>
        <translation>Сайланатын &amp;лауазым:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="103"/>
        <source>&amp;Body of the mandate:</source>
        <translation>Мандат берілетін &amp;орган:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="104"/>
        <source>&amp;Seats:</source>
        <translation>Орын &amp;саны:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="105"/>
        <source>&amp;Who is elected:</source>
        <translation>&amp;Кім сайланады:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="106"/>
        <source>How the &amp;votes are cast:</source>
        <translation>&amp;Дауыс беру тәсілі:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="107"/>
        <source>&amp;Counting commission:</source>
        <translation>Са&amp;нау комиссиясы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="147"/>
        <source>Write what is elected, for example a delegate to the council.</source>
        <translation>Кім сайланатынын жазыңыз, мысалы кеңеске делегат.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="149"/>
        <source>Write the body the mandates are to.</source>
        <translation>Мандат берілетін органды жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/election_settings_dialog.py" line="152"/>
        <source>The mandates cannot end before they begin.</source>
        <translation>Өкілеттік басталмай тұрып аяқтала алмайды.</translation>
    </message>
</context>
<context>
    <name>EraseMemberDialog</name>
    <message>
        <location filename="../../ui/dialogs/erase_member_dialog.py" line="30"/>
        <source>Erase member completely</source>
        <translation>Мүшені толығымен өшіру</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_member_dialog.py" line="31"/>
        <source>ERASE</source>
        <comment>the word typed to confirm erasing a member</comment>
        <translation>ӨШІРУ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_member_dialog.py" line="35"/>
        <source>Erase {name} completely? Their name, phone, workplace, shop, occupation and notes are removed from every record: attendance, votes, action items, minutes, demands. Where the name or phone was typed into a text, it is replaced by “erased member No. N”. Counts stay as they were. This cannot be undone.</source>
        <translation>{name} толығымен өшірілсін бе? Аты-жөні, телефоны, жұмыс орны, цехы, кәсібі мен жазбалары барлық жазбадан алынады: қатысу, дауыс беру, тапсырмалар, хаттамалар, талаптар. Аты не телефоны мәтінге жазылған жерде олардың орнына «өшірілген қатысушы №N» тұрады. Есептер бұрынғыдай қалады. Мұны болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_member_dialog.py" line="42"/>
        <source>Backups made before still hold this person, and anyone who has such a backup and its passphrase can read them. Make a new backup now and retire the older ones, on every stick you use.</source>
        <translation>Бұрын жасалған сақтық көшірмелерде бұл адам қалады, ондай көшірмесі мен оның құпия фразасы бар кез келген адам оны оқи алады. Қазір жаңа көшірме жасап, ескілерін жойыңыз — пайдаланатын әр флешкада.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_member_dialog.py" line="51"/>
        <source>&amp;Then make a new backup and retire the older ones on the stick</source>
        <translation>&amp;Содан кейін жаңа көшірме жасап, флешкадағы ескілерін жою</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_member_dialog.py" line="55"/>
        <source>To confirm, type {word} or the person&apos;s full &amp;name:</source>
        <translation>Растау үшін {word} сөзін немесе адамның толық &amp;атын жазыңыз:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_member_dialog.py" line="60"/>
        <source>&amp;Erase completely</source>
        <translation>&amp;Толығымен өшіру</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <location filename="../../ui/error_reporting.py" line="32"/>
        <source>Sorry, something went wrong inside Committee Desk. Each change is saved whole or not at all, so nothing was half-saved. Details for the developers are in the log: {path}</source>
        <translation>Кешіріңіз, Committee Desk бағдарламасында қате шықты. Әр өзгеріс не толық сақталады, не мүлде сақталмайды, сондықтан ештеңе жартылай сақталып қалған жоқ. Әзірлеушілерге арналған толық мәлімет журналда: {path}</translation>
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
        <translation>Committee Desk — алғашқы іске қосу</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="190"/>
        <source>Follow-up of the demand</source>
        <translation>Талапты тапсыру және жауап</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="194"/>
        <source>The employer, the akimat, a ministry…</source>
        <translation>Жұмыс беруші, әкімдік, министрлік…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="195"/>
        <source>&amp;Presented on:</source>
        <translation>&amp;Тапсырылған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="196"/>
        <source>&amp;Deadline given:</source>
        <translation>&amp;Жауап мерзімі:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="197"/>
        <source>The date by which an answer was demanded, as in an ultimatum.</source>
        <translation>Жауап берілуі талап етілген күн, ультиматумдағыдай.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="206"/>
        <source>&amp;Addressed to:</source>
        <translation>Кімге &amp;қойылған:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="209"/>
        <source>&amp;Response:</source>
        <translation>&amp;Берілген жауап:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="226"/>
        <source>The deadline cannot be before the day the demand was presented.</source>
        <translation>Жауап мерзімі талап тапсырылған күннен ерте бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="229"/>
        <source>The response is too long: {length} characters, at most {limit}.</source>
        <translation>Жауап тым ұзын: {length} таңба, ең көбі {limit} болуы керек.</translation>
    </message>
</context>
<context>
    <name>GuideViewer</name>
    <message>
        <location filename="../../ui/guide_viewer.py" line="116"/>
        <source>Committee Desk — guide</source>
        <translation>Committee Desk — нұсқаулық</translation>
    </message>
    <message>
        <location filename="../../ui/guide_viewer.py" line="120"/>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <location filename="../../ui/guide_viewer.py" line="121"/>
        <source>&amp;Forward</source>
        <translation>&amp;Алға</translation>
    </message>
    <message>
        <location filename="../../ui/guide_viewer.py" line="122"/>
        <source>&amp;Contents</source>
        <translation>&amp;Мазмұны</translation>
    </message>
    <message>
        <location filename="../../ui/guide_viewer.py" line="123"/>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <location filename="../../ui/guide_viewer.py" line="128"/>
        <source>Guide</source>
        <translation>Нұсқаулық</translation>
    </message>
    <message>
        <location filename="../../ui/guide_viewer.py" line="148"/>
        <source>Not opened: {address}. Committee Desk never uses the network.</source>
        <translation>Сілтеме ашылмады: {address}. Committee Desk желіні ешқашан пайдаланбайды.</translation>
    </message>
</context>
<context>
    <name>HallScreen</name>
    <message>
        <location filename="../../ui/hall_screen.py" line="100"/>
        <source>Hall screen</source>
        <translation>Залға арналған экран</translation>
    </message>
    <message>
        <location filename="../../ui/hall_screen.py" line="117"/>
        <source>Speaking</source>
        <translation>Сөйлеп тұр</translation>
    </message>
    <message>
        <location filename="../../ui/hall_screen.py" line="120"/>
        <source>Last vote</source>
        <translation>Соңғы дауыс беру</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="61"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="63"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="65"/>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="100"/>
        <source>New member</source>
        <translation>Жаңа мүше</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="102"/>
        <source>Error: left out</source>
        <translation>Қате: алынбайды</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="104"/>
        <source>Repeats a row: left out</source>
        <translation>Қайталанған жол: алынбайды</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="105"/>
        <source>Already in the list</source>
        <translation>Тізімде бар</translation>
    </message>
</context>
<context>
    <name>LiveWindow</name>
    <message>
        <location filename="../../ui/views/live_window.py" line="67"/>
        <source>Running assembly No. {number}</source>
        <translation>№ {number} жиналысты жүргізу</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="93"/>
        <source>&amp;Previous item</source>
        <translation>&amp;Алдыңғы мәселе</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="94"/>
        <source>&amp;Next item</source>
        <translation>&amp;Келесі мәселе</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="95"/>
        <source>&amp;Hall screen</source>
        <translation>&amp;Залға арналған экран</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="96"/>
        <source>Show the item, the speaker and the last vote on a projector or second monitor</source>
        <translation>Мәселені, сөйлеушіні және соңғы дауыс беруді проекторда немесе екінші мониторда көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="97"/>
        <source>&amp;Blank the hall screen</source>
        <translation>Зал экранын &amp;сөндіру</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="98"/>
        <source>Show the &amp;result in the hall</source>
        <translation>&amp;Нәтижені залға көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="99"/>
        <source>The vote chosen here, with its outcome, goes on the hall screen</source>
        <translation>Осында таңдалған дауыс беру нәтижесімен бірге зал экранына шығады</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="100"/>
        <source>&amp;Election on this item…</source>
        <translation>Осы мәселе бойынша &amp;сайлау…</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="101"/>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="104"/>
        <source>Live</source>
        <translation>Жүргізу</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="138"/>
        <source>S&amp;poke (as in the minutes):</source>
        <translation>Сөз сөйле&amp;гендер (хаттамадағыдай):</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="180"/>
        <source>quorum reached</source>
        <translation>кворум бар</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="180"/>
        <source>no quorum</source>
        <translation>кворум жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="182"/>
        <source>Registered {registered} of {entitled} entitled; quorum {required}: {status}</source>
        <translation>Құқығы бар {entitled} адамның {registered} тіркелді; кворум {required}: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="194"/>
        <source>The agenda is empty.</source>
        <translation>Күн тәртібі бос.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="197"/>
        <source>Item {position} of {count}: {title}</source>
        <translation>{count} мәселенің {position}-сі: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="242"/>
        <source>Planned {planned} min · on the floor {elapsed}</source>
        <translation>Жоспарланғаны {planned} мин · талқыланып жатқаны {elapsed}</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="320"/>
        <source>Only one screen is connected: the hall screen opened as a window. Connect a projector and press F8 again.</source>
        <translation>Тек бір экран қосылған: зал экраны терезе болып ашылды. Проекторды қосып, F8 пернесін қайта басыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="326"/>
        <source>Hall screen</source>
        <translation>Залға арналған экран</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="326"/>
        <source>Show the hall screen on:</source>
        <translation>Зал экранын мына экранда көрсету:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="333"/>
        <source>{name} ({width}×{height})</source>
        <translation>{name} ({width}×{height})</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="377"/>
        <source>Adopted</source>
        <translation>Шешім қабылданды</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="377"/>
        <source>Not adopted</source>
        <translation>Шешім қабылданбады</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_window.py" line="378"/>
        <source>For {votes_for} · Against {votes_against} · Abstained {votes_abstain} — {outcome}</source>
        <translation>Қолдайды {votes_for} · Қарсы {votes_against} · Қалыс қалды {votes_abstain} — {outcome}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Committee Desk — demo records</source>
        <translation>Committee Desk — демо-жазбалар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Committee Desk</source>
        <translation>Committee Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>{title} (portable)</source>
        <translation>{title} (тасымалы режим)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>&amp;Lock</source>
        <translation>&amp;Құлыптау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Close the records and ask for the passphrase again</source>
        <translation>Жазбаларды жауып, құпия сөзді қайта сұрау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Change &amp;passphrase…</source>
        <translation>Құпия &amp;сөзді өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>Save &amp;all records as a readable file…</source>
        <translation>Барлық жазбаны &amp;оқылатын файлға сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Every record in one file that other programs can open. The file is NOT encrypted.</source>
        <translation>Барлық жазба басқа бағдарламалар ашатын бір файлда. Файл шифрланбаған.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Export for the &amp;council…</source>
        <translation>&amp;Кеңеске экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>&amp;Import a bundle…</source>
        <translation>Пакетті &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Take in a bundle from a committee, or from the council</source>
        <translation>Комитеттен немесе кеңестен келген пакетті қабылдау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>&amp;Wipe everything now…</source>
        <translation>Бәрін қазір &amp;өшіру…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>After a 5-second countdown, destroy the key files and delete the records, settings and logs</source>
        <translation>5 секундтық кері санақтан кейін кілт файлдарын жойып, жазбаларды, баптаулар мен журналдарды өшіру</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>P&amp;ractice wipe…</source>
        <translation>Өшіруді &amp;жаттығу ретінде сынау…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>The countdown and the list of what a wipe would delete; nothing is deleted</source>
        <translation>Кері санақ және өшіру нені жоятынының тізімі; ештеңе өшірілмейді</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>&amp;Guide</source>
        <translation>&amp;Нұсқаулық</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>The secretary&apos;s guide, on this computer</source>
        <translation>Хатшыға арналған нұсқаулық, осы компьютерде сақталған</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>&amp;Safety</source>
        <translation>&amp;Қауіпсіздік</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>What the app protects against and what it does not, on this computer</source>
        <translation>Бағдарлама неден қорғайды, неден қорғамайды — осы компьютерде</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Every command that has a shortcut, and its keys</source>
        <translation>Пернелер тіркесімімен шақырылатын барлық командалар және сол пернелер</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>&amp;About Committee Desk</source>
        <translation>Committee Desk &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Navigation</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>Everywhere</source>
        <translation>Барлық жерде</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>{view}: {page}</source>
        <translation>{view}: {page}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Save all records as a readable file</source>
        <translation>Барлық жазбаны оқылатын файлға сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>The file will hold every record, names and phone numbers included, NOT encrypted: anyone who gets it can read it. Keep it only on a disk you trust; for everything else use the encrypted backup. Continue?</source>
        <translation>Файлда барлық жазба, соның ішінде аты-жөндер мен телефондар, ШИФРЛАНБАҒАН күйде болады: ол кімнің қолына түссе, сол оқи алады. Оны тек сенімді дискіде сақтаңыз, қалғанының бәріне шифрланған сақтық көшірмені пайдаланыңыз. Жалғастыру керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>Readable file of all records (*.json)</source>
        <translation>Барлық жазбаның оқылатын файлы (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Saving all records…</source>
        <translation>Барлық жазба сақталуда…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Every record was written to {path}.</source>
        <translation>Барлық жазба {path} файлына жазылды.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Export for the &amp;committees…</source>
        <translation>&amp;Комитеттерге экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>Unlocked</source>
        <translation>Құлпы ашық</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>No backup of these records has been verified yet.</source>
        <translation>Бұл жазбалардың бірде-бір сақтық көшірмесі әлі тексерілмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>No backup has been verified since {date}.</source>
        <translation>{date} бері бірде-бір сақтық көшірме тексерілмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>Back up now…</source>
        <translation>Көшірмені қазір жасау…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Locked</source>
        <translation>Құлыпталған</translation>
    </message>
</context>
<context>
    <name>MandatesModel</name>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="51"/>
        <source>recalled {date} (assembly No. {number})</source>
        <translation>{date} кері шақырылды (№ {number} жиналыс)</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="54"/>
        <source>recalled {date}</source>
        <translation>{date} кері шақырылды</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="56"/>
        <source>holds it</source>
        <translation>қолданыста</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="58"/>
        <source>from {date}</source>
        <translation>{date} бастап</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="59"/>
        <source>term ended</source>
        <translation>мерзімі бітті</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="66"/>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="82"/>
        <source> (for {votes_for}, against {votes_against}, abstained {votes_abstain})</source>
        <translation> (қолдайды {votes_for}, қарсы {votes_against}, қалыс қалды {votes_abstain})</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="97"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="98"/>
        <source>Office</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="99"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="100"/>
        <source>From</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="101"/>
        <source>Until</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="102"/>
        <source>Elected at</source>
        <translation>Жиналыс</translation>
    </message>
    <message>
        <location filename="../../ui/models/mandates_model.py" line="103"/>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="40"/>
        <source>Edit member</source>
        <translation>Мүше мәліметтерін өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="40"/>
        <source>New member</source>
        <translation>Жаңа мүше</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="52"/>
        <source>&amp;Joined on:</source>
        <translation>Қосылған &amp;күні:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="53"/>
        <source>Tick when the date the member joined is known</source>
        <translation>Мүшенің қосылған күні белгілі болса, белгі қойыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="74"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="75"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="76"/>
        <source>&amp;Workplace:</source>
        <translation>&amp;Жұмыс орны:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="77"/>
        <source>&amp;Shop or department:</source>
        <translation>&amp;Цех немесе бөлім:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="78"/>
        <source>&amp;Occupation:</source>
        <translation>&amp;Мамандығы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="82"/>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="83"/>
        <source>S&amp;tatus:</source>
        <translation>Кү&amp;йі:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="85"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
</context>
<context>
    <name>MemberFiles</name>
    <message>
        <location filename="../../ui/member_exchange.py" line="33"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/member_exchange.py" line="34"/>
        <source>CSV for Excel, separated by semicolons (*.csv)</source>
        <translation>Excel үшін CSV, бөлгіші — нүктелі үтір (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/member_exchange.py" line="35"/>
        <source>CSV separated by commas (*.csv)</source>
        <translation>CSV, бөлгіші — үтір (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/member_exchange.py" line="42"/>
        <source>Member lists (*.xlsx *.csv *.txt)</source>
        <translation>Мүшелер тізімдері (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/member_exchange.py" line="43"/>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/member_exchange.py" line="58"/>
        <location filename="../../ui/member_exchange.py" line="78"/>
        <location filename="../../ui/member_exchange.py" line="117"/>
        <source>Export members</source>
        <translation>Мүшелер тізімін экспорттау</translation>
    </message>
    <message>
        <location filename="../../ui/member_exchange.py" line="79"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} файлы бар. Оны ауыстыру керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/member_exchange.py" line="87"/>
        <location filename="../../ui/member_exchange.py" line="164"/>
        <source>Import members</source>
        <translation>Мүшелерді импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/member_exchange.py" line="109"/>
        <source>members.xlsx</source>
        <translation>мүшелер.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/member_exchange.py" line="113"/>
        <source>{name} will hold the members&apos; names, phone numbers and workplaces. The file is NOT encrypted: anyone who gets it can read it. Keep it only on a disk you trust, and delete it when it is no longer needed.

Export the member list?</source>
        <translation>{name} файлында мүшелердің аты-жөні, телефоны және жұмыс орны болады. Файл шифрланбаған: ол кімнің қолына түссе, сол оқи алады. Оны тек сенімді дискіде сақтаңыз және қажеті болмағанда өшіріңіз.

Мүшелер тізімін экспорттау керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/member_exchange.py" line="120"/>
        <source>Writing {name}…</source>
        <translation>{name} файлы жазылуда…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/member_exchange.py" line="143"/>
        <source>Wrote %n member(s) to {path}</source>
        <translation>
            <numerusform>{path} файлына %n мүше жазылды</numerusform>
            <numerusform>{path} файлына %n мүше жазылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/member_exchange.py" line="159"/>
        <source>Imported from {name}: %n member(s) added</source>
        <translation>
            <numerusform>{name} файлынан импорт: %n мүше қосылды</numerusform>
            <numerusform>{name} файлынан импорт: %n мүше қосылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/member_exchange.py" line="170"/>
        <source>Added: %n member(s).</source>
        <translation>
            <numerusform>Қосылды: %n мүше.</numerusform>
            <numerusform>Қосылды: %n мүше.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/member_exchange.py" line="171"/>
        <source>Updated from the file: %n member(s).</source>
        <translation>
            <numerusform>Файлдан жаңартылды: %n мүше.</numerusform>
            <numerusform>Файлдан жаңартылды: %n мүше.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/member_exchange.py" line="172"/>
        <source>Skipped, already in the list: %n row(s).</source>
        <translation>
            <numerusform>Өткізіп жіберілді (тізімде бар): %n жол.</numerusform>
            <numerusform>Өткізіп жіберілді (тізімде бар): %n жол.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/member_exchange.py" line="175"/>
        <source>Left out, with errors: %n row(s).</source>
        <translation>
            <numerusform>Қатесі бар, алынбады: %n жол.</numerusform>
            <numerusform>Қатесі бар, алынбады: %n жол.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="83"/>
        <source>Import members</source>
        <translation>Мүшелерді импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="90"/>
        <source>File: {name}</source>
        <translation>Файл: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="97"/>
        <source>How the letters of a CSV file are written; Excel on a Russian Windows writes Windows-1251</source>
        <translation>CSV файлындағы әріптердің жазылу тәсілі; орысша Windows-тағы Excel Windows-1251 кодымен жазады</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="99"/>
        <source>Comma (,)</source>
        <translation>Үтір (,)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="99"/>
        <source>Semicolon (;)</source>
        <translation>Нүктелі үтір (;)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="99"/>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="102"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодтау:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="104"/>
        <source>Se&amp;parator:</source>
        <translation>&amp;Бөлгіш:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="106"/>
        <source>S&amp;heet:</source>
        <translation>&amp;Парақ:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="124"/>
        <source>What each column holds</source>
        <translation>Әр бағанда не бар</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="135"/>
        <source>&amp;First row holds column names</source>
        <translation>Бірінші жолда ба&amp;ғандардың атаулары</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="136"/>
        <source>Clear it when the list starts with a member, not with the columns&apos; names</source>
        <translation>Тізім баған атауларынан емес, мүшеден басталса, белгіні алып тастаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="159"/>
        <source>Pre&amp;view: nothing is written until Import</source>
        <translation>&amp;Алдын ала қарау: импортқа дейін ештеңе жазылмайды</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="178"/>
        <source>Rows that are the same as a member already in the list</source>
        <translation>Тізімде бар мүшемен бірдей жолдар</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="179"/>
        <source>&amp;Skip them: the list stays as it is</source>
        <translation>Ө&amp;ткізіп жіберу: тізім өзгермейді</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="180"/>
        <source>&amp;Update those members from the file (its empty cells change nothing)</source>
        <translation>Ол мүшелерді файлдан &amp;жаңарту (бос ұяшықтар ештеңе өзгертпейді)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="190"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="254"/>
        <source>Reading {name}…</source>
        <translation>{name} файлы оқылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="271"/>
        <source>New members: {new}    The same as a member or an earlier row: {same}    Errors: {errors}</source>
        <translation>Жаңа мүшелер: {new}    Бар мүшемен не жоғарыдағы жолмен бірдей: {same}    Қателер: {errors}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="275"/>
        <source>The file has no rows below its header.</source>
        <translation>Файлда тақырып жолынан төмен жол жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/member_import_dialog.py" line="336"/>
        <source>%n more column(s) with values are not listed here and are left out.</source>
        <translation>
            <numerusform>Мәндері бар тағы %n баған мұнда көрсетілмеген және алынбайды.</numerusform>
            <numerusform>Мәндері бар тағы %n баған мұнда көрсетілмеген және алынбайды.</numerusform>
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
        <translation>{letter} бағаны</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="374"/>
        <source>Leave out</source>
        <translation>Алмау</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="396"/>
        <source>Repeats a row: left out</source>
        <translation>Қайталанған жол: алынбайды</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="444"/>
        <source>Importing the members of {name}…</source>
        <translation>{name} файлынан мүшелер импортталуда…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_import_dialog.py" line="459"/>
        <source>Nothing was imported: {reason}</source>
        <translation>Ештеңе импортталмады: {reason}</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <location filename="../../ui/views/members_view.py" line="80"/>
        <location filename="../../ui/views/members_view.py" line="137"/>
        <source>Members</source>
        <translation>Мүшелер</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="86"/>
        <source>&amp;New member…</source>
        <translation>&amp;Жаңа мүше…</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="87"/>
        <source>Add a member to the committee&apos;s list</source>
        <translation>Комитет тізіміне мүше қосу</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="89"/>
        <source>&amp;Edit…</source>
        <translation>Ө&amp;згерту…</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="93"/>
        <source>Change the selected member&apos;s details</source>
        <translation>Таңдалған мүшенің мәліметтерін өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="94"/>
        <source>Mark as &amp;left</source>
        <translation>&amp;Шықты деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="95"/>
        <source>The member left the committee; their history stays</source>
        <translation>Мүше комитеттен шықты; оның тарихы сақталады</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="96"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Өшіру…</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="99"/>
        <source>Delete the selected member; one with history in the records is marked as left instead</source>
        <translation>Таңдалған мүшені өшіру; жазбаларда тарихы бар мүше өшірілмей, «шықты» деп белгіленеді</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="101"/>
        <source>&amp;Copy phone number</source>
        <translation>Телефон нөмірін &amp;көшіру</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="103"/>
        <source>Copy the selected member&apos;s phone number; it is cleared from the clipboard after 30 seconds</source>
        <translation>Таңдалған мүшенің телефон нөмірін көшіру; ол 30 секундтан кейін алмасу буферінен өшіріледі</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="107"/>
        <source>Cop&amp;y</source>
        <translation>Көш&amp;іру</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="109"/>
        <source>Erase &amp;completely…</source>
        <translation>Толығымен ө&amp;шіру…</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="111"/>
        <source>Remove the selected person from every record, leaving a numbered placeholder; counts stay right</source>
        <translation>Таңдалған адамды барлық жазбадан алып тастау, орнына нөмірлі белгі қалады; есептер өзгермейді</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="113"/>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="114"/>
        <source>Search by name, phone, workplace or shop</source>
        <translation>Аты-жөні, телефоны, жұмыс орны немесе цехы бойынша іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="115"/>
        <source>&amp;Print member list…</source>
        <translation>&amp;Мүшелер тізімін басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="117"/>
        <source>Every member with their phone number; those who left too while the list shows them</source>
        <translation>Барлық мүше телефон нөмірімен; тізімде шыққандар көрсетіліп тұрса, олар да енеді</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="119"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="121"/>
        <source>Add members from a spreadsheet (.xlsx or CSV), after a preview of what will be added</source>
        <translation>Электрондық кестеден (.xlsx не CSV) мүшелерді қосу, алдымен не қосылатынын көріп</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="123"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="125"/>
        <source>Write the member list to a spreadsheet (.xlsx or CSV); those who left too while the list shows them</source>
        <translation>Мүшелер тізімін электрондық кестеге (.xlsx не CSV) жазу; тізім шыққандарды көрсетіп тұрса, оларды да</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="128"/>
        <source>Dele&amp;gates…</source>
        <translation>&amp;Делегаттар…</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="130"/>
        <source>The mandates elections gave: who holds which, in which body, until when; recalls</source>
        <translation>Сайлау берген мандаттар: кімде қандай, қай органда, қашанға дейін; кері шақырулар</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="148"/>
        <source>Name, phone, workplace or shop (Ctrl+F)</source>
        <translation>Аты-жөні, телефоны, жұмыс орны немесе цехы (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="149"/>
        <source>&amp;Search:</source>
        <translation>Із&amp;деу:</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="151"/>
        <source>Show members who le&amp;ft</source>
        <translation>Шыққандарды &amp;көрсету</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/members_view.py" line="273"/>
        <source>{shown} of %Ln member(s)</source>
        <translation>
            <numerusform>%Ln мүшеден {shown} көрсетілген</numerusform>
            <numerusform>%Ln мүшеден {shown} көрсетілген</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/members_view.py" line="276"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln мүше</numerusform>
            <numerusform>%Ln мүше</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/members_view.py" line="279"/>
        <source>%Ln member(s) who left are hidden</source>
        <translation>
            <numerusform>Шыққан %Ln мүше жасырылған</numerusform>
            <numerusform>Шыққан %Ln мүше жасырылған</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="313"/>
        <source>Copied. It is cleared from the clipboard in {seconds} seconds.</source>
        <translation>Көшірілді. Ол {seconds} секундтан кейін алмасу буферінен өшіріледі.</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="379"/>
        <source>Delete member</source>
        <translation>Мүшені өшіру</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="381"/>
        <source>Delete {name} from the records? A member who chaired, attended, spoke, stood for election or was assigned work is kept and marked as having left, so the minutes stay whole.</source>
        <translation>{name} жазбалардан жойылсын ба? Төрағалық еткен, қатысқан, сөйлеген, сайлауға түскен немесе тапсырма алған мүше сақталып, шыққан деп белгіленеді, хаттамалар толық қалады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="407"/>
        <source>The person was erased from every record; {count} records changed.</source>
        <translation>Адам барлық жазбадан өшірілді; өзгертілген жазбалар: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="411"/>
        <source>Backups made before still hold them: make a new backup and retire the older ones soon.</source>
        <translation>Бұрынғы сақтық көшірмелерде бұл адам қалады: тезірек жаңа көшірме жасап, ескілерін жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="412"/>
        <source>Erase member completely</source>
        <translation>Мүшені толығымен өшіру</translation>
    </message>
</context>
<context>
    <name>MinutesPage</name>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="69"/>
        <source>&amp;Save the minutes</source>
        <translation>Хаттаманы &amp;сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="70"/>
        <source>The minutes are also saved when you leave a field</source>
        <translation>Хаттама өрістен шыққан кезде де сақталады</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="71"/>
        <source>Record &amp;vote…</source>
        <translation>&amp;Дауыс беруді тіркеу…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="72"/>
        <source>Adopt &amp;demand from this vote…</source>
        <translation>Осы дауыс беру бойынша &amp;талап қабылдау…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="73"/>
        <source>Write a demand that the selected, carried vote adopted</source>
        <translation>Таңдалған дауыс беру қабылдаған талапты жазу (тек шешім қабылданған болса)</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="74"/>
        <source>Add ac&amp;tion item…</source>
        <translation>Тапсырма &amp;қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="87"/>
        <source>Agenda &amp;items:</source>
        <translation>&amp;Күн тәртібіндегі мәселелер:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="101"/>
        <source>&amp;Heard:</source>
        <translation>Т&amp;ыңдалды:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="101"/>
        <source>S&amp;poke:</source>
        <translation>Сөз сөйле&amp;гендер:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="101"/>
        <source>&amp;Resolved:</source>
        <translation>Қаулы &amp;етілді:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="114"/>
        <source>Vo&amp;tes:</source>
        <translation>Дауыс &amp;берулер:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="117"/>
        <source>Action items:</source>
        <translation>Тапсырмалар:</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="41"/>
        <source>Write the passphrase down and keep it apart from the laptop. If it is forgotten, nobody can recover the records: not you, not us.</source>
        <translation>Құпия сөзді жазып алып, ноутбуктан бөлек сақтаңыз. Егер ол ұмытылса, жазбаларды ешкім қалпына келтіре алмайды — сіз де, біз де.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="47"/>
        <source>&amp;Passphrase:</source>
        <translation>Құпия &amp;сөз:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="48"/>
        <source>&amp;Again:</source>
        <translation>Қайталап &amp;жазыңыз:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="49"/>
        <source>Strength:</source>
        <translation>Беріктігі:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="62"/>
        <source>Type a passphrase.</source>
        <translation>Құпия сөзді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="64"/>
        <source>Too short: the minimum is {count} characters. A few unrelated words make a good passphrase.</source>
        <translation>Тым қысқа: кемінде {count} таңба керек. Жақсы құпия сөз — бір-бірімен байланыссыз бірнеше сөз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="66"/>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия сөз сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="72"/>
        <source>too short</source>
        <translation>тым қысқа</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="72"/>
        <source>weak</source>
        <translation>әлсіз</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="72"/>
        <source>fair</source>
        <translation>орташа</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="72"/>
        <source>good</source>
        <translation>жақсы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="72"/>
        <source>strong</source>
        <translation>мықты</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="71"/>
        <source>Passphrase</source>
        <translation>Құпия сөз</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="72"/>
        <source>The passphrase opens the records. It is asked at every start and whenever the app has locked itself after being left idle.</source>
        <translation>Құпия сөз жазбаларды ашады. Ол әр іске қосқанда және бағдарлама әрекетсіз тұрып, өзін құлыптаған сайын сұралады.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="54"/>
        <source>&amp;Add item…</source>
        <translation>Мәселе &amp;қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="55"/>
        <source>Add an item at the end of the agenda</source>
        <translation>Күн тәртібінің соңына мәселе қосу</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="56"/>
        <source>&amp;Edit item…</source>
        <translation>Мәселені &amp;өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="57"/>
        <source>&amp;Remove item</source>
        <translation>Мәселені &amp;алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="58"/>
        <source>Move &amp;up</source>
        <translation>&amp;Жоғары</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="59"/>
        <source>Move &amp;down</source>
        <translation>&amp;Төмен</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="61"/>
        <source>Change the order of the agenda (dragging an item works too)</source>
        <translation>Күн тәртібінің ретін өзгерту (мәселені тышқанмен сүйреп апаруға да болады)</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="74"/>
        <source>Protocol number:</source>
        <translation>Хаттама нөмірі:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="75"/>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="76"/>
        <source>Title:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="77"/>
        <source>Status:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="78"/>
        <source>Entitled to take part:</source>
        <translation>Қатысуға құқылылар:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="80"/>
        <source>Starts:</source>
        <translation>Басталуы:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="81"/>
        <source>Place:</source>
        <translation>Орны:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="82"/>
        <source>Chair:</source>
        <translation>Төраға:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="83"/>
        <source>Secretary:</source>
        <translation>Хатшы:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="84"/>
        <source>Quorum:</source>
        <translation>Кворум:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="85"/>
        <source>Invited guests:</source>
        <translation>Шақырылғандар:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="92"/>
        <source>Agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="115"/>
        <source>A&amp;genda:</source>
        <translation>&amp;Күн тәртібі:</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="162"/>
        <source>The committee&apos;s active members</source>
        <translation>Комитеттің белсенді мүшелері</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="184"/>
        <source>The agenda is empty.</source>
        <translation>Күн тәртібі бос.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="188"/>
        <source>Planned: {minutes} min</source>
        <translation>Жоспар бойынша: {minutes} мин</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="191"/>
        <source>Planned: {minutes} min, until about {end}</source>
        <translation>Жоспар бойынша: {minutes} мин, аяқталуы — шамамен {end}</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="242"/>
        <source>Remove “{title}” from the agenda? Its minutes and votes are removed with it.</source>
        <translation>«{title}» мәселесін күн тәртібінен алып тастайсыз ба? Оған қатысты хаттама жазбалары мен дауыс берулер де бірге өшіріледі.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="245"/>
        <source>Remove agenda item</source>
        <translation>Мәселені күн тәртібінен алып тастау</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="52"/>
        <source>Print</source>
        <translation>Басып шығару</translation>
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
        <translation>Құжаттың &amp;тілі:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="69"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Қағаз өлшемі:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="76"/>
        <source>&amp;Blank rows:</source>
        <translation>&amp;Бос жолдар:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="80"/>
        <source>Numbered rows after the members, for those not in the member list to write their name and shop and sign. When the assembly says how many are entitled, a row is offered for each one not listed, at most {pages} pages; for a larger hall, print several copies.</source>
        <translation>Комитет мүшелерінен кейінгі нөмірленген жолдар — тізімде жоқтар аты-жөні мен цехын жазып, қол қоюы үшін. Жиналыста қатысуға құқылы адамдар саны көрсетілсе, тізімде жоқ әр адамға бір жол ұсынылады, ең көбі {pages} бет; үлкен зал үшін бірнеше дана басып шығарыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="90"/>
        <source>&amp;Redacted: initials instead of names</source>
        <translation>&amp;Иесіздендіру: аты-жөні орнына бас әріптер</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="94"/>
        <source>For paper that may be seized: no phones or workplaces, and the count of those present instead of their list. In texts typed into the records, the names of members and guests and any surname written beside initials are cut to initials; a name written another way stays: read the paper before it leaves your hands.</source>
        <translation>Тәркіленуі мүмкін қағаздар үшін: телефондар мен жұмыс орындары жоқ, қатысқандардың тізімінің орнына — олардың саны. Жазбаларға терілген мәтіндердегі комитет мүшелері мен қонақтардың аты-жөні, сондай-ақ инициалдардың жанындағы тегі инициалдармен ауыстырылады; басқаша жазылған есім қалады — құжат қолыңыздан кетпес бұрын оны оқып шығыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="105"/>
        <source>This document holds members&apos; names and phone numbers. The PDF is NOT encrypted: keep it only on a disk you trust, and delete the copies nobody needs.</source>
        <translation>Бұл құжатта мүшелердің аты-жөні мен телефон нөмірлері бар. PDF файлы ШИФРЛАНБАҒАН: оны тек өзіңіз сенетін дискіде сақтаңыз, ешкімге керегі жоқ көшірмелерін өшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="115"/>
        <source>“Open” shows the document in this computer&apos;s PDF viewer, from an unencrypted copy in a private temporary folder. That copy is deleted when Committee Desk quits, unless the viewer still has it open. To keep the document, use “Save PDF…”.</source>
        <translation>«Ашу» құжатты осы компьютердегі PDF қарау бағдарламасында көрсетеді: ол тек сізге ғана қолжетімді уақытша қалтадағы шифрланбаған көшірмеден ашылады. Committee Desk жабылғанда бұл көшірме өшіріледі, егер қарау бағдарламасы оны әлі ашық ұстап тұрмаса. Құжатты сақтап қою үшін «PDF файлын сақтау…» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="123"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF файлын &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="124"/>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing_actions.py" line="74"/>
        <source>Agenda of assembly No. {number}</source>
        <translation>№ {number} жиналыстың күн тәртібі</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="75"/>
        <source>agenda-{number}.pdf</source>
        <translation>күн-тәртібі-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="92"/>
        <source>Sign-in sheet of assembly No. {number}</source>
        <translation>№ {number} жиналыстың тіркеу парағы</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="93"/>
        <source>signin-{number}.pdf</source>
        <translation>тіркеу-парағы-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="107"/>
        <source>Minutes of assembly No. {number}</source>
        <translation>№ {number} жиналыстың хаттамасы</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="108"/>
        <source>minutes-{number}.pdf</source>
        <translation>хаттама-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="120"/>
        <source>Tally sheets for item {position} of assembly No. {number}</source>
        <translation>№ {number} жиналыстың {position}-мәселесі бойынша санау парақтары</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="123"/>
        <source>tally-{number}-{position}.pdf</source>
        <translation>sanau-paraqtary-{number}-{position}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="138"/>
        <source>Ballot papers for item {position} of assembly No. {number}</source>
        <translation>№ {number} жиналыстың {position}-мәселесі бойынша бюллетеньдер</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="141"/>
        <source>ballots-{number}-{position}.pdf</source>
        <translation>byulletender-{number}-{position}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="156"/>
        <source>Counting commission&apos;s protocol, item {position} of assembly No. {number}</source>
        <translation>Санау комиссиясының хаттамасы, № {number} жиналыстың {position}-мәселесі</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="159"/>
        <source>count-protocol-{number}-{position}.pdf</source>
        <translation>sanau-komissiyasy-{number}-{position}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="173"/>
        <source>Delegates and their mandates</source>
        <translation>Делегаттар және олардың мандаттары</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="174"/>
        <source>delegates.pdf</source>
        <translation>delegattar.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="186"/>
        <source>Adopted demands</source>
        <translation>Қабылданған талаптар</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="187"/>
        <source>demands.pdf</source>
        <translation>талаптар.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="199"/>
        <source>Common demands</source>
        <translation>Ортақ талаптар</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="200"/>
        <source>common-demands.pdf</source>
        <translation>ortaq-talaptar.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="213"/>
        <source>Member list, with the members who left</source>
        <translation>Мүшелер тізімі, шыққандарды қоса алғанда</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="215"/>
        <source>Member list</source>
        <translation>Мүшелер тізімі</translation>
    </message>
    <message>
        <location filename="../../ui/printing_actions.py" line="216"/>
        <source>members.pdf</source>
        <translation>мүшелер.pdf</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/file_dialogs.py" line="33"/>
        <source>Folder</source>
        <translation>Бума</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="34"/>
        <source>Drive</source>
        <translation>Жетек</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="35"/>
        <source>Shortcut</source>
        <translation>Жарлық</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="36"/>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/file_dialogs.py" line="31"/>
        <source>&amp;Look in:</source>
        <translation>Қайда қ&amp;арау:</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="32"/>
        <source>Files of &amp;type:</source>
        <translation>Файлдар &amp;түрі:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../ui/background.py" line="68"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="51"/>
        <source>Recall</source>
        <translation>Кері шақыру</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="53"/>
        <source>{name}: {office}, {body}</source>
        <translation>{name}: {office}, {body}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="57"/>
        <source>Choose the vote that recalled…</source>
        <translation>Кері шақыру туралы дауыс беруді таңдаңыз…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="74"/>
        <source>By the &amp;vote:</source>
        <translation>&amp;Дауыс беру:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="75"/>
        <source>&amp;Takes effect on:</source>
        <translation>&amp;Күшіне енеді:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="76"/>
        <source>&amp;Why:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="87"/>
        <source>Choose the carried vote that decided the recall.</source>
        <translation>Кері шақыруды шешкен қабылданған дауыс беруді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/delegates_dialog.py" line="90"/>
        <source>The recall cannot take effect before the vote that decided it.</source>
        <translation>Кері шақыру оны шешкен дауыс беруден бұрын күшіне ене алмайды.</translation>
    </message>
</context>
<context>
    <name>ReceivedDemandsModel</name>
    <message>
        <location filename="../../ui/models/received_demands_model.py" line="45"/>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_demands_model.py" line="46"/>
        <source>Demand</source>
        <translation>Талап</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_demands_model.py" line="47"/>
        <source>Adopted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_demands_model.py" line="48"/>
        <source>Voted (for / against / abstained)</source>
        <translation>Дауыс (жақтап / қарсы / қалыс)</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_demands_model.py" line="49"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_demands_model.py" line="50"/>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_demands_model.py" line="51"/>
        <source>Common demand</source>
        <translation>Ортақ талап</translation>
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
        <translation>Кімнен</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_resolutions_model.py" line="40"/>
        <source>Assembly</source>
        <translation>Жиналыс</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_resolutions_model.py" line="41"/>
        <source>Registered / entitled</source>
        <translation>Тіркелді / құқылы</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_resolutions_model.py" line="42"/>
        <source>Item</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_resolutions_model.py" line="43"/>
        <source>Resolved</source>
        <translation>Қаулы етті</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_resolutions_model.py" line="44"/>
        <source>Voted (for / against / abstained)</source>
        <translation>Дауыс (жақтап / қарсы / қалыс)</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_resolutions_model.py" line="63"/>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/models/received_resolutions_model.py" line="67"/>
        <source>{hall}, no quorum</source>
        <translation>{hall}, кворум жоқ</translation>
    </message>
</context>
<context>
    <name>SeparateBackupPassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup_passphrases.py" line="74"/>
        <source>Separate backup passphrase</source>
        <translation>Көшірмелерге бөлек құпия сөз</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_passphrases.py" line="77"/>
        <source>Backups made from now on open with this passphrase, not with the store&apos;s. Give it to the comrade who keeps the stick: it opens the backups, never this laptop&apos;s store.</source>
        <translation>Осы сәттен бастап жасалған көшірмелер қойманың емес, осы құпия сөзбен ашылады. Оны флешканы сақтайтын жолдасқа беріңіз: ол көшірмелерді ашады, бірақ бұл ноутбуктың қоймасын ешқашан ашпайды.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="33"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="39"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="41"/>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="42"/>
        <source>Remind me when no backup has been verified for this many days</source>
        <translation>Осынша күн бойы тексерілген сақтық көшірме болмаса, еске салу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="43"/>
        <source>Footer gives the &amp;time of printing, not only the date</source>
        <translation>Колонтитулда күні ғана емес, басып шығару &amp;уақыты да</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="47"/>
        <source>When this is off, the footer gives only the day a document was printed: the hour tells more than the paper needs to.</source>
        <translation>Өшірулі болса, колонтитулда құжаттың басып шығарылған күні ғана көрсетіледі: сағаты мен минуты қағазға қажетінен артық мәлімет береді.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="52"/>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="58"/>
        <source>Off unless chosen. Whoever types a wrong passphrase that many times in a row, a stranger or a tired secretary, wipes the records of this computer: keep a backup. The attempts are counted beside the store, across restarts, and on the command line too.</source>
        <translation>Таңдалмаса, өшірулі. Құпия сөзді қатарынан сонша рет қате терген кез келген адам — бөтен кісі болсын, шаршаған хатшы болсын — осы компьютердегі жазбаларды өшіреді: сақтық көшірме ұстаңыз. Әрекеттер қойманың жанындағы файлда саналады: қайта іске қосқаннан кейін де, пәрмен жолында да.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="68"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="69"/>
        <source>Loc&amp;k after idle:</source>
        <translation>Әрекетсіз тұрса &amp;құлыптау:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="70"/>
        <source>Backup &amp;reminder after:</source>
        <translation>Көшірме туралы &amp;еске салу:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="71"/>
        <source>Printed documents:</source>
        <translation>Құжаттарды басып шығару:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="72"/>
        <source>&amp;Wipe after failed unlocks:</source>
        <translation>&amp;Сәтсіз кіру әрекеттерінен кейін өшіру:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="96"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
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
        <translation>Пернелер</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="17"/>
        <source>speaking</source>
        <translation>сөйлеп тұр</translation>
    </message>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="20"/>
        <source>spoke</source>
        <translation>сөйледі</translation>
    </message>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="21"/>
        <source>spoke {time}</source>
        <translation>сөйледі {time}</translation>
    </message>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="81"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="81"/>
        <source>Speaker</source>
        <translation>Сөйлеуші</translation>
    </message>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="81"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="100"/>
        <source>Find a speaker</source>
        <translation>Сөйлеушіні табу</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="103"/>
        <source>&amp;Give the floor</source>
        <translation>Сөз &amp;беру</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="106"/>
        <source>To the next one waiting; Enter on a name in the list gives them the floor out of turn</source>
        <translation>Кезектегі келесі адамға; тізімдегі атқа Enter басса, кезектен тыс сөз беріледі</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="111"/>
        <source>The speaker is written into «Spoke» with what they said</source>
        <translation>Сөйлеуші айтқанымен бірге «Сөз сөйлегендерге» жазылады</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="98"/>
        <source>A&amp;dd to the list</source>
        <translation>&amp;Тізімге қосу</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="109"/>
        <source>Finish&amp;ed</source>
        <translation>А&amp;яқтады</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="112"/>
        <source>Move up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="113"/>
        <source>Move down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="114"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="118"/>
        <source>A member&apos;s name, or any name for a worker not in the list</source>
        <translation>Мүшенің аты немесе тізімде жоқ жұмысшының аты</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="120"/>
        <source>&amp;Speaker:</source>
        <translation>С&amp;өйлеуші:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="138"/>
        <source>Speakers &amp;list:</source>
        <translation>Сөйлеушілер т&amp;ізімі:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="147"/>
        <source>Each speaker&apos;s time at this assembly, minutes:seconds</source>
        <translation>Осы жиналыста әр сөйлеушінің уақыты, минут:секунд</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="149"/>
        <source>&amp;Time per speaker:</source>
        <translation>Сөйлеу &amp;уақыты:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="169"/>
        <source>What the speaker proposed, in a few words (optional)</source>
        <translation>Сөйлеуші не ұсынды, қысқаша (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="172"/>
        <source>Sa&amp;id:</source>
        <translation>&amp;Айтқаны:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="254"/>
        <source>Nobody has the floor.</source>
        <translation>Ешкімге сөз берілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_speakers.py" line="257"/>
        <source>Speaking: {name}</source>
        <translation>Сөйлеп тұр: {name}</translation>
    </message>
</context>
<context>
    <name>TalliesModel</name>
    <message>
        <location filename="../../ui/views/live_vote.py" line="84"/>
        <source>Sheet</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="84"/>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="84"/>
        <source>For</source>
        <translation>Қолдайды</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="84"/>
        <source>Against</source>
        <translation>Қарсы</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="84"/>
        <source>Abstained</source>
        <translation>Қалыс қалды</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="39"/>
        <source>Committee Desk — unlock</source>
        <translation>Committee Desk — құлпын ашу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="43"/>
        <source>&amp;Passphrase of the committee&apos;s records:</source>
        <translation>Комитет жазбаларының құпия &amp;сөзі:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="57"/>
        <source>Wipe everything now</source>
        <translation>Бәрін қазір өшіру</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="61"/>
        <source>&amp;Unlock</source>
        <translation>Құлпын &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="62"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="75"/>
        <source>Type the passphrase.</source>
        <translation>Құпия сөзді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="81"/>
        <source>Unlocking…</source>
        <translation>Құлпы ашылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="107"/>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Құпия сөз қате. Пернетақта тілін және Caps Lock пернесін тексеріп, қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="48"/>
        <source>Record a vote</source>
        <translation>Дауыс беруді тіркеу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="59"/>
        <source>Registered: {registered} ({members} members present, {others} others); entitled: {entitled}</source>
        <translation>Тіркелгендер: {registered} (комитет мүшелері: {members}, басқалар: {others}); қатысуға құқылылар: {entitled}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="73"/>
        <source>&amp;Question:</source>
        <translation>&amp;Мәселе:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="74"/>
        <source>&amp;For:</source>
        <translation>&amp;Қолдайды:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="75"/>
        <source>&amp;Against:</source>
        <translation>Қа&amp;рсы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="76"/>
        <source>A&amp;bstained:</source>
        <translation>Қа&amp;лыс қалды:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="77"/>
        <source>&amp;Rule:</source>
        <translation>&amp;Көпшілік түрі:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="79"/>
        <source>Outcome:</source>
        <translation>Нәтижесі:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="112"/>
        <source>Write the question put to the vote.</source>
        <translation>Дауысқа қойылған мәселені жазыңыз.</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <location filename="../../ui/views/live_vote.py" line="110"/>
        <source>&amp;New vote</source>
        <translation>&amp;Жаңа дауыс беру</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="112"/>
        <source>Put the question to the vote; type the counts as hands are counted</source>
        <translation>Мәселені дауысқа қою; сандарды қол санала бере енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="113"/>
        <source>Remove this vote</source>
        <translation>Бұл дауыс беруді жою</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="114"/>
        <source>Add sheet</source>
        <translation>Парақ қосу</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="115"/>
        <source>Remove sheet</source>
        <translation>Парақты жою</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="122"/>
        <source>The question put to the vote</source>
        <translation>Дауысқа қойылған мәселе</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="137"/>
        <source>V&amp;ote:</source>
        <translation>&amp;Дауыс беру:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="144"/>
        <source>&amp;Question:</source>
        <translation>&amp;Мәселе:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="145"/>
        <source>R&amp;ule:</source>
        <translation>&amp;Көпшілік түрі:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="148"/>
        <source>&amp;For:</source>
        <translation>&amp;Қолдайды:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="148"/>
        <source>Ag&amp;ainst:</source>
        <translation>Қа&amp;рсы:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="148"/>
        <source>A&amp;bstained:</source>
        <translation>Қа&amp;лыс қалды:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="155"/>
        <source>Outcome:</source>
        <translation>Нәтижесі:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="162"/>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="170"/>
        <source>S&amp;heet No.:</source>
        <translation>&amp;Парақ №:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="190"/>
        <source>Tally sheets (the vote is their sum):</source>
        <translation>Санау парақтары (дауыс беру — олардың қосындысы):</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="341"/>
        <source>Vote</source>
        <translation>Дауыс беру</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="342"/>
        <source>The counts typed for “{question}” were not saved: {reason}</source>
        <translation>«{question}» бойынша енгізілген сандар сақталмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="371"/>
        <source>Write the question put to the vote, then press Enter.</source>
        <translation>Дауысқа қойылған мәселені жазып, Enter басыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="397"/>
        <source>Remove vote</source>
        <translation>Дауыс беруді жою</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_vote.py" line="397"/>
        <source>Remove the vote “{question}” and its sheets?</source>
        <translation>«{question}» дауыс беруін және оның парақтарын жою керек пе?</translation>
    </message>
</context>
<context>
    <name>VotesModel</name>
    <message>
        <location filename="../../ui/models/votes_model.py" line="76"/>
        <source>Simple</source>
        <translation>Қарапайым</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="77"/>
        <source>Absolute</source>
        <translation>Абсолютті</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="78"/>
        <source>Two thirds</source>
        <translation>Үштен екі</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="79"/>
        <source>Of registered</source>
        <translation>Тіркелгендерден</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="86"/>
        <source>Question</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="87"/>
        <source>For</source>
        <translation>Қолдайды</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="88"/>
        <source>Against</source>
        <translation>Қарсы</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="89"/>
        <source>Abstained</source>
        <translation>Қалыс қалды</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="90"/>
        <source>Rule</source>
        <translation>Көпшілік түрі</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="91"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="92"/>
        <source>Demands adopted</source>
        <translation>Қабылданған талаптар</translation>
    </message>
</context>
<context>
    <name>WipeCountdown</name>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="49"/>
        <source>Practice wipe</source>
        <translation>Өшіру жаттығуы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="50"/>
        <source>Practice run: nothing will be deleted</source>
        <translation>Жаттығу: ештеңе өшірілмейді</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="53"/>
        <source>Wipe</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="54"/>
        <source>Wiping everything on this computer</source>
        <translation>Осы компьютердегінің бәрі өшірілуде</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="61"/>
        <source>The key files go first: from then on nobody can read the records, with or without the passphrase. Then the records, temporary files, settings, recent folders and logs are deleted, and the app quits.</source>
        <translation>Алдымен кілт файлдары жойылады: сол сәттен бастап жазбаларды ешкім оқи алмайды, құпия сөзбен де, онсыз да. Содан кейін жазбалар, уақытша файлдар, баптаулар, соңғы қалталар мен журналдар өшіріліп, бағдарлама жабылады.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="65"/>
        <source>Backups on USB sticks are not touched.</source>
        <translation>Флешкалардағы сақтық көшірмелерге тиіспейді.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="67"/>
        <source>Press any key or click anywhere to cancel.</source>
        <translation>Тоқтату үшін кез келген пернені басыңыз немесе кез келген жерді шертіңіз.</translation>
    </message>
</context>
<context>
    <name>WipePracticeDialog</name>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="161"/>
        <source>Practice wipe</source>
        <translation>Өшіру жаттығуы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="163"/>
        <source>Practice run: nothing was deleted. A wipe would delete these files, in this order:</source>
        <translation>Жаттығу: ештеңе өшірілген жоқ. Өшіру мына файлдарды осы ретпен жояр еді:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="165"/>
        <source>Practice run: nothing was deleted. There are no files of Committee Desk to delete.</source>
        <translation>Жаттығу: ештеңе өшірілген жоқ. Өшіретін Committee Desk файлдары жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="172"/>
        <source>Backups on USB sticks are not touched, nor PDFs and exports saved elsewhere: the app keeps no list of them. Take the stick away, or destroy it, yourself.</source>
        <translation>Флешкалардағы сақтық көшірмелерге, басқа жерде сақталған PDF пен экспорт файлдарына тиіспейді: бағдарлама олардың тізімін жүргізбейді. Флешканы өзіңіз алып кетіңіз немесе жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wipe_countdown.py" line="191"/>
        <source>{path} (only the app&apos;s part)</source>
        <translation>{path} (тек бағдарламаға қатысты бөлігі)</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../committee_app/services/actions.py" line="17"/>
        <source>This action item no longer exists.</source>
        <translation>Бұл тапсырма енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/actions.py" line="28"/>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/actions.py" line="30"/>
        <source>Due on</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/actions.py" line="33"/>
        <source>The member chosen no longer exists.</source>
        <translation>Таңдалған мүше енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/actions.py" line="37"/>
        <source>This agenda item no longer exists.</source>
        <translation>Күн тәртібіндегі бұл мәселе енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/actions.py" line="40"/>
        <location filename="../../committee_app/services/actions.py" line="78"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>assemblies</name>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="24"/>
        <source>This assembly no longer exists.</source>
        <translation>Бұл жиналыс енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="28"/>
        <source>This agenda item no longer exists.</source>
        <translation>Күн тәртібіндегі бұл мәселе енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="32"/>
        <source>The member chosen no longer exists.</source>
        <translation>Таңдалған мүше енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="40"/>
        <source>The protocol number must be a whole number from 1.</source>
        <translation>Хаттама нөмірі 1-ден бастап бүтін сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="43"/>
        <source>Kind of meeting</source>
        <translation>Жиналыс түрі</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="45"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="47"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="49"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="52"/>
        <source>The start must be a date and time.</source>
        <translation>Басталуы күн мен уақыт түрінде берілуі керек.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="61"/>
        <source>Guests</source>
        <translation>Қонақтар</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="63"/>
        <source>Invited guests</source>
        <translation>Шақырылғандар</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="67"/>
        <source>Entitled to take part</source>
        <translation>Қатысуға құқылылар</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="70"/>
        <source>Signed in besides the members</source>
        <translation>Комитет мүшелерінен басқа тіркелгендер</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="72"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="79"/>
        <source>Protocol number {number} is already used by another assembly.</source>
        <translation>Хаттаманың {number} нөмірі басқа жиналысқа берілген.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="139"/>
        <source>There is no assembly with protocol number {number}.</source>
        <translation>Хаттама нөмірі {number} болатын жиналыс жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="155"/>
        <source>Item title</source>
        <translation>Мәселенің атауы</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="161"/>
        <source>Presenter</source>
        <translation>Баяндамашы</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="163"/>
        <source>Planned minutes</source>
        <translation>Жоспарланған уақыт (мин)</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="165"/>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="221"/>
        <source>This item cannot be removed: its vote adopted the demand “{demand}”, and that record must stay.</source>
        <translation>Бұл мәселені алып тастауға болмайды: ол бойынша дауыс беру «{demand}» талабын қабылдаған, ал бұл жазба сақталуы керек.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="231"/>
        <source>This item cannot be removed: it holds the election “{office}”, whose result is declared, and the mandates it gave must keep where they come from.</source>
        <translation>Бұл мәселені жоюға болмайды: онда «{office}» сайлауы өтті, нәтижесі жарияланды, берілген мандаттардың қайдан екені сақталуы керек.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="240"/>
        <source>This item cannot be removed: its vote recalled {name}, and that record must stay.</source>
        <translation>Бұл мәселені жоюға болмайды: оның дауыс беруімен {name} кері шақырылды, бұл жазба сақталуы керек.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="257"/>
        <location filename="../../committee_app/services/assemblies.py" line="643"/>
        <source>Presence</source>
        <translation>Қатысуы</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="376"/>
        <source>Question put to the vote</source>
        <translation>Дауысқа қойылған мәселе</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="377"/>
        <source>Majority rule</source>
        <translation>Көпшілік түрі</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="119"/>
        <source>A cancelled assembly cannot be marked as held.</source>
        <translation>Болдырылмаған жиналысты өтті деп белгілеуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="378"/>
        <source>Votes for</source>
        <translation>«Қолдайды» дауыстары</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="379"/>
        <source>Votes against</source>
        <translation>«Қарсы» дауыстары</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="380"/>
        <source>Abstentions</source>
        <translation>Қалыс қалғандар</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="428"/>
        <source>The vote “{question}” counted {cast} votes, so at least {cast} must stay registered; this change would leave {registered}.</source>
        <translation>«{question}» дауыс беруінде {cast} дауыс саналды, сондықтан тіркелгендер кемінде {cast} болып қалуы керек; бұл өзгерістен кейін олар {registered} болар еді.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="442"/>
        <source>This change would make the vote “{question}” fail, and that vote adopted a demand; change the demand first.</source>
        <translation>Бұл өзгерістен кейін «{question}» дауыс беруі қажетті көпшілікті жинамас еді, ал ол арқылы талап қабылданған; алдымен талапты өзгертіңіз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="449"/>
        <source>This change would make the vote “{question}” fail, and that vote recalled a delegate, which must stay on record.</source>
        <translation>Бұл өзгерісте «{question}» шешімі қабылданбас еді, ал ол делегатты кері шақырған, бұл жазбада қалуы керек.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="706"/>
        <source>This vote no longer exists.</source>
        <translation>Бұл дауыс беру енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="708"/>
        <source>This vote did not carry, so it cannot adopt a demand.</source>
        <translation>Бұл дауыс беруде шешім қабылданбады, сондықтан ол арқылы талап қабылдауға болмайды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="714"/>
        <source>Adopted by the vote “{question}” of assembly No. {number}.</source>
        <translation>№ {number} жиналыста «{question}» мәселесі бойынша дауыс берумен қабылданды.</translation>
    </message>
</context>
<context>
    <name>atomic</name>
    <message>
        <location filename="../../committee_app/atomic.py" line="33"/>
        <source>The disk is full: {path} could not be written. Nothing was changed.</source>
        <translation>Диск толы: {path} жазылмады. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/atomic.py" line="35"/>
        <source>{path} is on a read-only disk (is the stick or memory card write-protected?). Nothing was changed.</source>
        <translation>{path} тек оқуға арналған дискіде тұр (флешкада немесе жад картасында жазудан қорғау қосулы ма?). Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/atomic.py" line="39"/>
        <source>No permission to write {path}. Nothing was changed.</source>
        <translation>{path} жазуға рұқсат жоқ. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/atomic.py" line="41"/>
        <source>The folder of {path} does not exist (was the disk removed?). Nothing was changed.</source>
        <translation>{path} тұруы тиіс қалта жоқ (диск ажыратылған жоқ па?). Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/atomic.py" line="43"/>
        <source>{path} could not be written ({reason}). Nothing was changed.</source>
        <translation>{path} жазылмады ({reason}). Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/atomic.py" line="57"/>
        <source>{path} is not an ordinary file (a folder, a link or a device); nothing was written.</source>
        <translation>{path} — қарапайым файл емес (қалта, сілтеме немесе құрылғы); ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/atomic.py" line="113"/>
        <source>{path} was written, but the disk did not confirm it is stored safely ({reason}).</source>
        <translation>{path} жазылды, бірақ диск оның сенімді сақталғанын растамады ({reason}).</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../committee_app/backup/format.py" line="80"/>
        <source>Opening the backup {path} would take {memory} MiB of memory and {passes} passes of key derivation, more than {factor} times what Committee Desk&apos;s own backups take ({usual_memory} MiB, {usual_passes} passes). It may have been made to keep this computer busy. It was not opened.</source>
        <translation>{path} сақтық көшірмесін ашу үшін {memory} МиБ жад және кілтті есептеудің {passes} өтуі керек — бұл Committee Desk-тің өз көшірмелеріне керегінен ({usual_memory} МиБ, {usual_passes} өту) {factor} еседен көп. Оны осы компьютерді ұзақ бос қоймау үшін жасаған болуы мүмкін. Ол ашылмады.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/format.py" line="204"/>
        <source>The backup {path} is damaged or incomplete: it cannot be used.</source>
        <translation>{path} сақтық көшірмесі бүлінген немесе толық емес: оны пайдалануға болмайды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/format.py" line="210"/>
        <source>The backup {path} has impossible settings in its header; it was not opened.</source>
        <translation>{path} сақтық көшірмесінің тақырыбында мүмкін емес параметрлер бар; ол ашылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/format.py" line="220"/>
        <location filename="../../committee_app/backup/format.py" line="318"/>
        <source>{path} is not a Committee Desk backup.</source>
        <translation>{path} — Committee Desk сақтық көшірмесі емес.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/format.py" line="226"/>
        <source>The backup {path} was made by a newer version of Committee Desk. Install it to open it.</source>
        <translation>{path} сақтық көшірмесін Committee Desk-тің жаңарақ нұсқасы жасаған. Көшірмені ашу үшін сол нұсқаны орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/format.py" line="289"/>
        <source>Wrong passphrase for this backup. Check the keyboard layout and Caps Lock.</source>
        <translation>Бұл сақтық көшірменің құпия сөзі қате. Пернетақта тілін және Caps Lock-ты тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/format.py" line="316"/>
        <source>There is no backup at {path}.</source>
        <translation>{path} сақтық көшірмесі жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/restore.py" line="48"/>
        <source>The backup {path} holds things Committee Desk never writes ({kind} {name}); it was not restored.</source>
        <translation>{path} сақтық көшірмесінде Committee Desk ешқашан жазбайтын нәрсе бар ({kind} {name}); ол қалпына келтірілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/restore.py" line="107"/>
        <source>The backup {path} was made by a newer version of Committee Desk; it was not restored.</source>
        <translation>{path} сақтық көшірмесін Committee Desk-тің жаңарақ нұсқасы жасаған; ол қалпына келтірілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/snapshot.py" line="135"/>
        <source>The store {path} is damaged: a copy of it fails SQLite&apos;s integrity check, so no backup was written (the backups made before are kept). Restore the records from the last good backup.</source>
        <translation>{path} қоймасы зақымдалған: оның көшірмесі SQLite тұтастық тексерісінен өтпейді, сондықтан сақтық көшірме жазылмады (бұрын жасалған көшірмелер сақталады). Жазбаларды соңғы дұрыс көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/snapshot.py" line="229"/>
        <source>The store is over 4 GiB: a backup this large cannot be kept on a FAT32 stick.</source>
        <translation>Қойма 4 ГиБ-тан үлкен: мұндай үлкен сақтық көшірмені FAT32 флешкасында сақтауға болмайды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/snapshot.py" line="254"/>
        <source>The snapshot changed while it was being written.</source>
        <translation>Қойманың суреті жазылып жатқанда өзгерді.</translation>
    </message>
    <message>
        <location filename="../../committee_app/backup/snapshot.py" line="197"/>
        <location filename="../../committee_app/backup/snapshot.py" line="296"/>
        <source>The backup {path} could not be read ({reason}). Was the stick removed?</source>
        <translation>{path} сақтық көшірмесін оқу мүмкін болмады ({reason}). Флешка суырылып алынды ма?</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/backups.py" line="175"/>
        <source>The free space on {folder} went down by {taken} KiB while a backup of {size} KiB was written to it. The stick may not be able to keep what is written to it (a fake-capacity or failing stick): keep another backup on a different stick.</source>
        <translation>{folder} ішіндегі бос орын {taken} КиБ-қа ғана азайды, ал оған {size} КиБ сақтық көшірме жазылды. Флешка өзіне жазылғанды сақтай алмауы мүмкін (көлемі жалған немесе ақаулы флешка): басқа флешкаға тағы бір көшірме жасаңыз.</translation>
    </message>
</context>
<context>
    <name>bundle</name>
    <message>
        <location filename="../../committee_app/exchange/bundle_format.py" line="60"/>
        <source>{path} is not a Committee Desk bundle.</source>
        <translation>{path} — Committee Desk пакеті емес.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_format.py" line="65"/>
        <source>The bundle {path} is damaged, incomplete or was changed after it was written: nothing was imported. Ask for it to be written again.</source>
        <translation>{path} пакеті бүлінген, толық емес немесе жазылғаннан кейін өзгертілген: ештеңе импортталмады. Оны қайта жазуды сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_format.py" line="75"/>
        <source>The bundle {path} was written by a newer version of Committee Desk. Install it to import the bundle.</source>
        <translation>{path} пакетін Committee Desk-тің жаңарақ нұсқасы жазған. Пакетті импорттау үшін сол нұсқаны орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_format.py" line="162"/>
        <source>Wrong passphrase for this bundle. Use the passphrase the committee and the council agreed on; check the keyboard layout and Caps Lock.</source>
        <translation>Бұл пакеттің құпия сөзі қате. Комитет пен кеңес келіскен құпия сөзді енгізіңіз; пернетақта тілін және Caps Lock-ты тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_format.py" line="199"/>
        <source>There is no bundle at {path}.</source>
        <translation>{path} пакеті жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_format.py" line="204"/>
        <source>The bundle {path} could not be read ({reason}). Was the stick removed?</source>
        <translation>{path} пакетін оқу мүмкін болмады ({reason}). Флешка суырылып алынды ма?</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_import.py" line="54"/>
        <source>This bundle was written from this very store ({name}): there is nothing to import.</source>
        <translation>Бұл пакет осы қоймадан жазылған ({name}): импорттайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_import.py" line="61"/>
        <source>This bundle comes from another council ({name}). A council imports its committees&apos; bundles.</source>
        <translation>Бұл пакет басқа кеңестен ({name}). Кеңес өз комитеттерінің пакеттерін импорттайды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_import.py" line="68"/>
        <source>This bundle comes from a committee ({name}). Committee bundles are imported in the council&apos;s store (a store whose committee kind is “council”); a committee imports only its council&apos;s bundles.</source>
        <translation>Бұл пакет комитеттен ({name}). Комитет пакеттері кеңестің қоймасына импортталады (комитет түрі — «кеңес»); комитет тек өз кеңесінің пакеттерін импорттайды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_import.py" line="80"/>
        <source>This bundle from {name} was written on {this}, before the one already imported (written on {previous}). Nothing was changed; import their newest bundle.</source>
        <translation>«{name}» жіберген бұл пакет {this} жазылған, бұрын импортталғаннан ({previous} жазылған) ескі. Ештеңе өзгертілмеді; олардың ең жаңа пакетін импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_import.py" line="119"/>
        <source>The bundle from {name} says it was written on {this}, which is still to come: the clock of the laptop that wrote it is wrong. Nothing was imported; set that clock right and write the bundle again.</source>
        <translation>«{name}» жіберген пакетте ол {this} жазылған делінген, ал бұл күн әлі келген жоқ: оны жазған ноутбуктің сағаты қате. Ештеңе импортталмады; сол сағатты дұрыстап, пакетті қайта жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_import.py" line="129"/>
        <source>This bundle from {name} holds records that another committee&apos;s bundle already brought here (the same record identifiers): it was not imported. It may be a copy of another committee&apos;s records under a new name; ask the committees which of them wrote it.</source>
        <translation>«{name}» жіберген бұл пакетте басқа комитеттің пакеті бұрын әкелген жазбалар бар (жазбалардың сол идентификаторлары): ол импортталмады. Бұл басқа комитет жазбаларының жаңа атаумен көшірмесі болуы мүмкін; оны қай комитет жазғанын анықтаңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/bundle_content.py" line="57"/>
        <source>These records hold no committee name (it is given when the records are created), and a bundle names its committee: no bundle was written.</source>
        <translation>Бұл жазбаларда комитет атауы жоқ (ол жазбалар құрылғанда беріледі), ал пакет өз комитетін атайды: пакет жазылмады.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../committee_app/cli.py" line="52"/>
        <source>Committee Desk: the encrypted records of a workers&apos; action committee.</source>
        <translation>Committee Desk: жұмысшылар комитетінің шифрланған жазбалары.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="58"/>
        <source>show the version and exit</source>
        <translation>нұсқасын көрсету және шығу</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="60"/>
        <source>the store file (default: the user data folder)</source>
        <translation>қойма файлы (әдепкіде — пайдаланушы деректерінің қалтасында)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="62"/>
        <source>read the passphrase from this file instead of asking</source>
        <translation>құпия сөзді сұрамай, осы файлдан оқу</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="66"/>
        <source>create a new, empty store</source>
        <translation>жаңа, бос қойма жасау</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="67"/>
        <source>the committee&apos;s name</source>
        <translation>комитеттің атауы</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="72"/>
        <source>the kind of committee</source>
        <translation>комитет түрі</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="74"/>
        <source>town or district</source>
        <translation>қала немесе аудан</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="75"/>
        <source>the enterprise, for a workplace committee</source>
        <translation>кәсіпорын — кәсіпорын комитеті үшін</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="80"/>
        <source>the language of printed documents</source>
        <translation>басып шығарылатын құжаттардың тілі</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="83"/>
        <source>create (or replace) a store filled with demo records</source>
        <translation>демо-жазбалары бар қойма жасау (немесе бұрынғысын ауыстыру)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="84"/>
        <source>do not open the desktop window</source>
        <translation>бағдарлама терезесін ашпау</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="85"/>
        <source>replace an existing demo store without asking</source>
        <translation>бар демо-қойманы сұрамай ауыстыру</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="89"/>
        <source>list members, optionally only those matching</source>
        <translation>мүшелер тізімі; тек іздеуге сәйкес келетіндерін көрсетуге болады</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="90"/>
        <source>any part of name, phone, workplace or shop</source>
        <translation>аты-жөнінің, телефонының, жұмыс орнының немесе цехтың кез келген бөлігі</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="92"/>
        <source>only members with this status</source>
        <translation>тек осы күйдегі мүшелер</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="96"/>
        <source>erase a member completely: name, phone, workplace and notes are removed from every record</source>
        <translation>мүшені толық өшіру: аты-жөні, телефоны, жұмыс орны мен жазбалары барлық жазбадан алынады</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="100"/>
        <source>the member&apos;s number, as `members list` shows it</source>
        <translation>мүшенің нөмірі, `members list` көрсететіндей</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="101"/>
        <source>erase without asking</source>
        <translation>сұрамай өшіру</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="102"/>
        <source>add a member</source>
        <translation>мүше қосу</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="103"/>
        <source>full name</source>
        <translation>аты-жөні</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="104"/>
        <source>phone number</source>
        <translation>телефон нөмірі</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="105"/>
        <source>where the member works</source>
        <translation>мүшенің жұмыс орны</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="106"/>
        <source>shop or department</source>
        <translation>цех немесе бөлім</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="107"/>
        <source>trade or job</source>
        <translation>кәсібі немесе лауазымы</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="112"/>
        <source>role in the committee</source>
        <translation>комитеттегі рөлі</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="117"/>
        <source>write every record as JSON</source>
        <translation>барлық жазбаны JSON түрінде жазу</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="118"/>
        <source>the file to write (default: standard output)</source>
        <translation>жазылатын файл (әдепкіде — стандартты шығыс)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="120"/>
        <source>verify the store&apos;s integrity and encryption</source>
        <translation>қойманың тұтастығы мен шифрлануын тексеру</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="125"/>
        <source>change the store&apos;s passphrase</source>
        <translation>қойманың құпия сөзін өзгерту</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="127"/>
        <source>read the new passphrase from this file instead of asking</source>
        <translation>жаңа құпия сөзді сұрамай, осы файлдан оқу</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="133"/>
        <source>destroy the store&apos;s key files, then delete the store, its temporary files, the settings and the logs (backups on USB sticks are not touched)</source>
        <translation>қойманың кілт файлдарын жойып, содан кейін қойманы, оның уақытша файлдарын, баптаулар мен журналдарды өшіру (флешкалардағы сақтық көшірмелерге тиіспейді)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="139"/>
        <source>wipe without asking</source>
        <translation>сұрамай өшіру</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="141"/>
        <source>only list what would be deleted; delete nothing</source>
        <translation>не өшірілетінін тек тізіп шығу; ештеңе өшірмеу</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="148"/>
        <source>write the member list to a spreadsheet (personal data: keep it safe)</source>
        <translation>мүшелер тізімін электрондық кестеге жазу (дербес деректер: сақтық керек)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="151"/>
        <source>the file to write: .csv (for Excel) or .xlsx</source>
        <translation>жазылатын файл: .csv (Excel үшін) немесе .xlsx</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="158"/>
        <source>the separator of a CSV file (default: ; as Excel on a Russian or Kazakh Windows expects)</source>
        <translation>CSV файлындағы бөлгіш (әдепкі: ; — орысша не қазақша Windows-тағы Excel соны күтеді)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="163"/>
        <source>the language of the column headers, roles and statuses (default: that of the messages)</source>
        <translation>баған атауларының, рөлдер мен күйлердің тілі (әдепкі: хабарламалар тілі)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="186"/>
        <source>“{name}” is not a member field; the fields: {fields}.</source>
        <translation>«{name}» — мүшенің өрісі емес; өрістер: {fields}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="195"/>
        <source>add the members listed in a CSV file or an Excel workbook (.xlsx)</source>
        <translation>CSV файлындағы немесе Excel кітабындағы (.xlsx) мүшелерді қосу</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="197"/>
        <source>the CSV or .xlsx file</source>
        <translation>CSV немесе .xlsx файлы</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="199"/>
        <source>only say what importing would do; write nothing</source>
        <translation>импорт не істейтінін ғана айту; ештеңе жазбау</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="202"/>
        <source>the CSV file&apos;s encoding (default: detected)</source>
        <translation>CSV файлының кодтамасы (әдепкіде өзі анықталады)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="208"/>
        <source>the CSV file&apos;s separator: , or ; or tab (default: detected)</source>
        <translation>CSV файлының бөлгіші: , немесе ; немесе tab (әдепкіде өзі анықталады)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="210"/>
        <source>the workbook&apos;s sheet (default: the first)</source>
        <translation>кітаптың парағы (әдепкіде біріншісі)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="214"/>
        <source>the file has no row of column names: its first row is a member</source>
        <translation>файлда баған атаулары бар жол жоқ: бірінші жолда мүше жазылған</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="220"/>
        <source>what each column holds, in order, separated by commas, with - for a column to leave out (e.g. full_name,phone,-,unit); the fields: {fields} (default: recognised from the header)</source>
        <translation>әр бағанда не бар, ретімен, үтір арқылы, алынбайтын баған үшін - (мысалы, full_name,phone,-,unit); өрістер: {fields} (әдепкі бойынша: тақырыптан танылады)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="230"/>
        <source>what to do with a row that is the same as a member already there (same name, and same phone or none): skip it, or update the member from it (default: skip)</source>
        <translation>бұрыннан бар мүшемен бірдей жолды (аты-жөні бірдей, телефоны бірдей немесе жоқ) не істеу керек: өткізіп жіберу (skip) немесе мүшенің деректерін сол бойынша жаңарту (update); әдепкіде skip</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="239"/>
        <source>write an encrypted backup and verify it</source>
        <translation>шифрланған сақтық көшірме жазып, оны тексеру</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="241"/>
        <source>the folder to write the backup in (a USB stick)</source>
        <translation>сақтық көшірме жазылатын қалта (флешка)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="254"/>
        <source>check a backup file and say what it holds</source>
        <translation>сақтық көшірме файлын тексеріп, ішінде не барын көрсету</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="255"/>
        <location filename="../../committee_app/cli.py" line="257"/>
        <source>the backup file (.cdbk)</source>
        <translation>сақтық көшірме файлы (.cdbk)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="256"/>
        <source>replace the store with the records of a backup</source>
        <translation>қойманы сақтық көшірменің жазбаларымен ауыстыру</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="258"/>
        <source>restore without asking</source>
        <translation>сұрамай қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="263"/>
        <source>open a backup whose header asks for far more memory and time than the app&apos;s own backups take (otherwise asked, or refused when not at a terminal)</source>
        <translation>тақырыбы бағдарламаның өз көшірмелеріне қарағанда әлдеқайда көп жад пен уақыт талап ететін сақтық көшірмені ашу (әйтпесе сұралады, ал терминалда болмаса — бас тартылады)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="293"/>
        <source>a protocol number is a whole number from 1 to {largest}, not {value}</source>
        <translation>хаттама нөмірі — 1-ден {largest}-ге дейінгі бүтін сан, {value} емес</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="307"/>
        <source>must be a whole number of at least 1: {value}</source>
        <translation>кемінде 1-ге тең бүтін сан болуы керек: {value}</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="313"/>
        <source>exchange records with the council (or with the committees, in a council&apos;s store)</source>
        <translation>кеңеспен (кеңес қоймасында — комитеттермен) жазбалар алмасу</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="318"/>
        <source>write a bundle: held assemblies (counts, no names), resolutions and adopted demands with their votes and history</source>
        <translation>пакет жазу: өткен жиналыстар (сандар, есімдерсіз), қаулылар мен қабылданған талаптар, дауыс беруі мен тарихы</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="325"/>
        <source>the bundle file to write (.cdcb)</source>
        <translation>жазылатын пакет файлы (.cdcb)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="330"/>
        <source>include the delegates&apos; names (never phones or workplaces); without it no member is named</source>
        <translation>делегаттардың есімдерін қосу (телефондар мен жұмыс орындары ешқашан емес); онсыз бірде-бір мүше аталмайды</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="332"/>
        <source>import a bundle from a committee or from the council</source>
        <translation>комитеттен немесе кеңестен келген пакетті импорттау</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="333"/>
        <source>the bundle file (.cdcb)</source>
        <translation>пакет файлы (.cdcb)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="339"/>
        <source>read the passphrase the committee and the council share from this file instead of asking</source>
        <translation>комитет пен кеңестің ортақ құпия сөзін сұрамай, осы файлдан оқу</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="346"/>
        <source>print a document to a PDF file</source>
        <translation>құжатты PDF файлына басып шығару</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="349"/>
        <source>the notice and agenda of an assembly</source>
        <translation>жиналыс туралы хабарландыру және күн тәртібі</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="350"/>
        <source>the sign-in sheet of an assembly</source>
        <translation>жиналыстың тіркеу парағы</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="351"/>
        <source>the minutes (protocol) of an assembly</source>
        <translation>жиналыстың хаттамасы</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="359"/>
        <location filename="../../committee_app/cli.py" line="376"/>
        <location filename="../../committee_app/cli.py" line="404"/>
        <location filename="../../committee_app/cli.py" line="493"/>
        <source>the assembly&apos;s protocol number</source>
        <translation>жиналыс хаттамасының нөмірі</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="366"/>
        <source>numbered blank rows after the members, for those not in the member list (default: one for each worker entitled and not listed, at most {pages} pages)</source>
        <translation>комитет мүшелерінен кейін тізімде жоқтарға арналған нөмірленген бос жолдар (әдепкісі — қатысуға құқылы, бірақ тізімде жоқ әр адамға бір жол, ең көбі {pages} бет)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="373"/>
        <source>numbered tally sheets for a count of hands on one agenda item, one for each counter</source>
        <translation>бір мәселе бойынша қол санауға арналған нөмірленген санау парақтары, әр санаушыға біреуден</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="430"/>
        <source>the adopted demands still standing</source>
        <translation>әлі толық орындалмаған қабылданған талаптар</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="434"/>
        <source>in a council&apos;s store: the common demands and which committees adopted each</source>
        <translation>кеңес қоймасында: ортақ талаптар және әрқайсысын қай комитеттер қабылдады</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="438"/>
        <source>the member list (personal data: keep it safe)</source>
        <translation>мүшелер тізімі (дербес деректер: мұқият сақтаңыз)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="165"/>
        <location filename="../../committee_app/cli.py" line="440"/>
        <source>list members who have left too</source>
        <translation>шыққан мүшелерді де тізімге қосу</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="87"/>
        <source>list, add or import members</source>
        <translation>мүшелер тізімі, оларды қосу және импорттау</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="391"/>
        <source>how many sheets: one for each counter or sector of the hall; --sheets and --sectors are the same (1 to {most}, default {default})</source>
        <translation>қанша парақ: әр санаушыға немесе зал секторына біреуден; --sheets пен --sectors бірдей (1-ден {most}-ге дейін, әдепкісі {default})</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="399"/>
        <source>ballot papers for the secret ballot of an election held on one agenda item</source>
        <translation>күн тәртібіндегі бір мәселе бойынша сайлаудың жасырын дауыс беруіне арналған бюллетеньдер</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="400"/>
        <source>the counting commission&apos;s protocol of an election held on one agenda item</source>
        <translation>күн тәртібіндегі бір мәселе бойынша сайлаудың санау комиссиясының хаттамасы</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="411"/>
        <source>the number on the agenda of the item that holds the election</source>
        <translation>сайлау өтетін мәселенің күн тәртібіндегі нөмірі</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="418"/>
        <source>how many ballot papers, two to a page where they fit (1 to {most}; default: one for each one registered at the assembly, or entitled before anyone is registered)</source>
        <translation>қанша бюллетень, сыйса бетке екеуден (1-ден {most}-ге дейін; әдепкісі — жиналыста тіркелген әр адамға біреуден, әлі ешкім тіркелмесе — құқығы бар әр адамға)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="427"/>
        <source>the delegates with their mandates, and those recalled, with the vote</source>
        <translation>делегаттар мандаттарымен және кері шақырылғандар — дауыс берумен</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="451"/>
        <source>an agenda item&apos;s number is a whole number from 1, not {value}</source>
        <translation>күн тәртібі мәселесінің нөмірі — 1-ден бастап бүтін сан, {value} емес</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="464"/>
        <source>the number of sheets is a whole number from 1 to {most}, not {value}</source>
        <translation>парақтар саны — 1-ден {most}-ге дейінгі бүтін сан, {value} емес</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="479"/>
        <source>the number of ballot papers is a whole number from 1 to {most}, not {value}</source>
        <translation>бюллетень саны — 1-ден {most}-ге дейінгі бүтін сан, {value} емес</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="487"/>
        <source>the elections held at an assembly and their results</source>
        <translation>жиналыстағы сайлаулар және олардың нәтижелері</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="490"/>
        <source>each election of an assembly: the candidates, their votes, who is elected</source>
        <translation>жиналыстың әр сайлауы: кандидаттар, олардың дауыстары, кім сайланды</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="499"/>
        <source>the PDF file to write</source>
        <translation>құжат жазылатын PDF файлы</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="504"/>
        <source>the document&apos;s language (default: the committee&apos;s language for documents)</source>
        <translation>құжаттың тілі (әдепкіде — комитет үшін таңдалған құжаттар тілі)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="506"/>
        <source>the paper size</source>
        <translation>қағаз өлшемі</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="512"/>
        <source>for paper that may be seized: initials instead of names, no phones or workplaces, counts instead of lists of those present (texts typed into the records print as typed)</source>
        <translation>тәркіленуі мүмкін қағаздар үшін: аты-жөні орнына бас әріптер, телефондар мен жұмыс орындарынсыз, қатысқандар тізімінің орнына олардың саны (жазбаларға терілген мәтіндер терілген күйінде басылады)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="523"/>
        <source>give the time of printing in the footer, not only the date</source>
        <translation>колонтитулда күнін ғана емес, басып шығару уақытын да көрсету</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="616"/>
        <source>Passphrase: </source>
        <translation>Құпия сөз: </translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="631"/>
        <location filename="../../committee_app/cli.py" line="924"/>
        <source>New passphrase: </source>
        <translation>Жаңа құпия сөз: </translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="639"/>
        <source>Created the store {path}.</source>
        <translation>Қойма жасалды: {path}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="640"/>
        <source>Keep the passphrase safe: if it is forgotten, the records cannot be recovered.</source>
        <translation>Құпия сөзді мұқият сақтаңыз: ол ұмытылса, жазбаларды қалпына келтіру мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="647"/>
        <source>[y/N]</source>
        <translation>[и/Ж]</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="660"/>
        <source>A demo store already exists at {path}. Replace it with a fresh one?</source>
        <translation>Демо-қойма бұрыннан бар: {path}. Оны жаңасымен ауыстырасыз ба?</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="663"/>
        <source>The store at {path} was kept. To replace it, answer yes or add --yes.</source>
        <translation>{path} қоймасы сол күйінде қалдырылды. Оны ауыстыру үшін «иә» деп жауап беріңіз немесе --yes қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="666"/>
        <source>Passphrase for the demo store: </source>
        <translation>Демо-қойманың құпия сөзі: </translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="669"/>
        <source>Creating the demo store…</source>
        <translation>Демо-қойма жасалуда…</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="671"/>
        <source>Created the demo store {path}.</source>
        <translation>Демо-қойма жасалды: {path}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="694"/>
        <source>The desktop application is not installed; the commands work (committee-app --help).</source>
        <translation>Терезелі бағдарлама орнатылмаған; командалар жұмыс істейді (committee-app --help).</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="720"/>
        <source>the standard output</source>
        <translation>стандартты шығыс</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="731"/>
        <source>There is no member no. {id}.</source>
        <translation>№ {id} мүше жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="733"/>
        <source>Erase member no. {id} completely? Their name, phone, workplace and notes will be removed from every record and cannot be brought back.</source>
        <translation>№ {id} мүшені толық өшіру керек пе? Аты-жөні, телефоны, жұмыс орны мен жазбалары барлық жазбадан алынады, оларды қайтару мүмкін болмайды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="739"/>
        <source>Nothing was erased. To erase, answer yes or add --yes.</source>
        <translation>Ештеңе өшірілген жоқ. Өшіру үшін «иә» деп жауап беріңіз немесе --yes қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="742"/>
        <source>Member no. {id} was erased: the records now say “{placeholder}”. Records changed: {count}.</source>
        <translation>№ {id} мүше өшірілді: енді жазбаларда «{placeholder}» тұр. Өзгертілген жазбалар: {count}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="747"/>
        <source>Backups made before still hold this person. Make a new one with `backup --to DIR --keep 1`, which removes this store&apos;s older backups there, and delete any other copies.</source>
        <translation>Бұрын жасалған сақтық көшірмелерде бұл адам әлі бар. `backup --to DIR --keep 1` командасымен жаңасын жасаңыз — ол сол жердегі осы қойманың ескі көшірмелерін жояды — және басқа көшірмелердің бәрін жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="778"/>
        <source>Added member no. {id}.</source>
        <translation>№ {id} мүше қосылды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="788"/>
        <source>Members found: {count}.</source>
        <translation>Табылған мүшелер: {count}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="799"/>
        <source>{path} is a folder: give the name of the file to write, such as {example}.</source>
        <translation>{path} — қалта: жазылатын файлдың атын көрсетіңіз, мысалы, {example}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="813"/>
        <source>Members written: {count}.</source>
        <translation>Жазылған мүшелер: {count}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="823"/>
        <source>There is no file {path}.</source>
        <translation>{path} файлы жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="835"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="837"/>
        <source>Read {path}: CSV in {encoding}, separator “{separator}”.</source>
        <translation>{path} оқылды: {encoding} кодтамасындағы CSV, бөлгіші «{separator}».</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="842"/>
        <source>Read {path}: the sheet “{sheet}”.</source>
        <translation>{path} оқылды: «{sheet}» парағы.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="844"/>
        <source>Column headers in row {row}.</source>
        <translation>Бағандардың тақырыптары {row}-жолда.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="846"/>
        <source>New: {new}; the same as a member or an earlier row: {same}; errors: {errors}.</source>
        <translation>Жаңалары: {new}; бар мүшемен не жоғарыдағы жолмен бірдей: {same}; қателері барлары: {errors}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="852"/>
        <source>Row {row}: {reason}</source>
        <translation>{row}-жол: {reason}</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="854"/>
        <source>… and {count} more rows with errors.</source>
        <translation>… және қатесі бар тағы {count} жол.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="856"/>
        <source>A dry run: nothing was written.</source>
        <translation>Сынақ жүрісі: ештеңе жазылмады.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="862"/>
        <source>Added {added} members, updated {updated}, skipped {skipped}; rows with errors left out: {errors}.</source>
        <translation>Қосылған мүшелер: {added}, жаңартылғаны: {updated}, өткізілгені: {skipped}; қатесі бар алынбаған жолдар: {errors}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="883"/>
        <source>Warning: what was written holds the members&apos; personal data, unencrypted. Keep it out of other hands and delete it when it is no longer needed.</source>
        <translation>Назар аударыңыз: шығарылған мәтінде мүшелердің дербес деректері шифрланбаған күйде тұр. Оны бөгде адамдардың қолына түсірмеңіз және қажет болмай қалғанда өшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="908"/>
        <source>Records: members {members}, assemblies {assemblies}, demands {demands}, action items {actions}.</source>
        <translation>Жазбалар: мүшелер {members}, жиналыстар {assemblies}, талаптар {demands}, тапсырмалар {actions}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="878"/>
        <source>Wrote every record to {path}.</source>
        <translation>Барлық жазба {path} файлына жазылды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="33"/>
        <source>usage: </source>
        <translation>қолданылуы: </translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="44"/>
        <source>positional arguments</source>
        <translation>позициялық аргументтер</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="45"/>
        <source>options</source>
        <translation>параметрлер</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="46"/>
        <source>show this help and exit</source>
        <translation>осы анықтаманы көрсету және шығу</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="248"/>
        <source>after a verified backup, keep this store&apos;s newest N backups in the folder and remove its older ones (default: 10)</source>
        <translation>тексерілген көшірмеден кейін қалтада осы қойманың ең жаңа N көшірмесін қалдырып, ескілерін өшіру (әдепкі бойынша 10)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="273"/>
        <source>read the backup&apos;s passphrase from this file (default: the separate backup passphrase set in the app, else the store&apos;s passphrase)</source>
        <translation>сақтық көшірменің құпия сөзін осы файлдан оқу (әдепкі бойынша — қолданбада қойылған көшірмелердің бөлек құпия сөзі, әйтпесе қойманың құпия сөзі)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="545"/>
        <source>{option}: the text holds a NUL character (a zero byte), which no record can hold.</source>
        <translation>{option}: мәтінде NUL таңбасы (нөлдік байт) бар, ол ешбір жазбада бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="548"/>
        <source>{option}: the text holds bytes that are not UTF-8: is the terminal set to another encoding? Set it to UTF-8 and type the text again.</source>
        <translation>{option}: мәтінде UTF-8 емес байттар бар — терминалда басқа кодтама таңдалған шығар? UTF-8 таңдап, мәтінді қайта теріңіз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="554"/>
        <source>{option}: the text holds a broken character (half of a surrogate pair), which no record can hold.</source>
        <translation>{option}: мәтінде бүлінген таңба (суррогат жұбының жартысы) бар, ол ешбір жазбада бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="564"/>
        <source>{option}: the path holds a NUL character (a zero byte), which no file name can hold.</source>
        <translation>{option}: жолда NUL таңбасы (нөлдік байт) бар, ол ешбір файл атауында бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="568"/>
        <source>{option}: the path holds a broken character (half of a surrogate pair), which no file name can hold.</source>
        <translation>{option}: жолда бүлінген таңба (суррогат жұбының жартысы) бар, ол ешбір файл атауында бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="900"/>
        <source>ok</source>
        <translation>дұрыс</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="900"/>
        <source>PROBLEM</source>
        <translation>АҚАУ БАР</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="901"/>
        <source>Database integrity: {result}</source>
        <translation>Дерекқордың тұтастығы: {result}</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="904"/>
        <source>Encryption (page authentication): {result}</source>
        <translation>Шифрлау (беттердің түпнұсқалығын тексеру): {result}</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="905"/>
        <source>Key files intact: {count} of 2</source>
        <translation>Бүтін кілт файлдары: {count} (барлығы 2)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="913"/>
        <source>The store has problems: make a backup of what can be read and restore from a good backup.</source>
        <translation>Қоймада ақаулар бар: оқылатын бөлігінің сақтық көшірмесін жасаңыз да, қойманы жарамды сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="929"/>
        <source>The passphrase was changed.</source>
        <translation>Құпия сөз өзгертілді.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="931"/>
        <source>Any earlier copy of the key files (.key1, .key2) still opens the store with the old passphrase: destroy such copies.</source>
        <translation>Кілт файлдарының (.key1, .key2) кез келген бұрынғы көшірмесі қойманы әлі де ескі құпия сөзбен ашады: ондай көшірмелерді жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="812"/>
        <location filename="../../committee_app/cli.py" line="993"/>
        <source>Wrote {path}.</source>
        <translation>Файл жазылды: {path}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="703"/>
        <source>Warning: {path} holds the members&apos; personal data, unencrypted. Keep it out of other hands and delete it when it is no longer needed.</source>
        <translation>Назар аударыңыз: {path} файлында мүшелердің дербес деректері шифрланбаған күйде тұр. Оны бөгде адамдардың қолына түсірмеңіз және қажет болмай қалғанда өшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1138"/>
        <source>Backup passphrase: </source>
        <translation>Сақтық көшірменің құпия сөзі: </translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1142"/>
        <source>Verified: {members} members, {assemblies} assemblies, {demands} demands.</source>
        <translation>Тексерілді: мүшелер — {members}, жиналыстар — {assemblies}, талаптар — {demands}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1151"/>
        <source>There is no folder {folder}: is the stick plugged in and mounted? Choose an existing folder.</source>
        <translation>{folder} қалтасы жоқ: флешка салынып, қосылған ба? Бар қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1159"/>
        <source>There is no backup file {path}.</source>
        <translation>{path} сақтық көшірме файлы жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1181"/>
        <source>Writing the backup…</source>
        <translation>Сақтық көшірме жазылуда…</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1172"/>
        <source>Reading the backup back from {path}…</source>
        <translation>Сақтық көшірме {path} ішінен қайта оқылуда…</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="382"/>
        <source>the item&apos;s number on the agenda; without it, a line on each sheet to write the item in</source>
        <translation>мәселенің күн тәртібіндегі нөмірі; онсыз әр парақта мәселені жазатын жол болады</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1053"/>
        <source>Assembly No. {number} holds no election.</source>
        <translation>№ {number} жиналыста сайлау жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1063"/>
        <source>Item {position}. {title}</source>
        <translation>{position}-мәселе. {title}</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1064"/>
        <source>Election: {office} — {body}</source>
        <translation>Сайлау: {office} — {body}</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1068"/>
        <source>{rule}: at least {required} votes of {registered} registered</source>
        <translation>{rule}: тіркелген {registered} адамның кемінде {required} дауысы</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1072"/>
        <source>Seats: {seats}. {kind}. {rule}.</source>
        <translation>Орын саны: {seats}. {kind}. {rule}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1079"/>
        <source>Ballots: issued {issued}, in the ballot box {found}, invalid {invalid}, valid {valid}.</source>
        <translation>Бюллетеньдер: берілді {issued}, жәшікте {found}, жарамсыз {invalid}, жарамды {valid}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1084"/>
        <source>Counting commission: {names}.</source>
        <translation>Санау комиссиясы: {names}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1089"/>
        <source>elected</source>
        <translation>сайланды</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1091"/>
        <source>tie</source>
        <translation>тең дауыс</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1096"/>
        <source>No candidates yet.</source>
        <translation>Әзірге кандидаттар жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1098"/>
        <source>Not every candidate&apos;s votes are counted yet.</source>
        <translation>Әлі барлық кандидаттың дауыстары саналған жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1104"/>
        <source>Mandates from {start} to {end}.</source>
        <translation>Өкілеттік {start} бастап {end} дейін.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1107"/>
        <source>Mandates from {start}.</source>
        <translation>Өкілеттік {start} бастап.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1110"/>
        <source>Declared in the minutes on {when}.</source>
        <translation>Нәтиже хаттамада {when} жарияланды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1112"/>
        <source>Not declared in the minutes yet.</source>
        <translation>Нәтиже хаттамада әлі жарияланған жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1118"/>
        <source>Elected: {names}.</source>
        <translation>Сайланғандар: {names}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1121"/>
        <source>Tied for the last seats ({seats} open): {names}; a new round decides.</source>
        <translation>Соңғы орындарға тең дауыс (бос орын {seats}): {names}; жаңа тур шешеді.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1126"/>
        <source>No one was elected.</source>
        <translation>Ешкім сайланбады.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1128"/>
        <source>Seats not filled: {seats}.</source>
        <translation>Бос қалған орындар: {seats}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1185"/>
        <source>Wrote the backup {path}.</source>
        <translation>Сақтық көшірме жазылды: {path}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1190"/>
        <source>Old backups removed: {count}; the newest {keep} are kept.</source>
        <translation>Жойылған ескі сақтық көшірмелер: {count}; ең жаңалары ({keep}) сақталды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1194"/>
        <source>Eject the stick safely before pulling it out, or the backup may be lost.</source>
        <translation>Флешканы суырмас бұрын оны қауіпсіз шығарыңыз, әйтпесе көшірме жоғалуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1204"/>
        <location filename="../../committee_app/cli.py" line="1234"/>
        <source>The backup {path} is whole.</source>
        <translation>{path} сақтық көшірмесі бүтін.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1217"/>
        <source>Open it anyway?</source>
        <translation>Бәрібір ашу керек пе?</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1219"/>
        <source>To open it anyway, answer yes or add --open-costly.</source>
        <translation>Бәрібір ашу үшін «иә» деп жауап беріңіз немесе --open-costly қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1238"/>
        <source>Replace the store {path} with this backup? The current store will be kept as {aside}.</source>
        <translation>{path} қоймасын осы сақтық көшірмемен ауыстыру керек пе? Қазіргі қойма {aside} ретінде сақталады.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1242"/>
        <source>Restore this backup as the store {path}?</source>
        <translation>Осы сақтық көшірмені {path} қоймасы ретінде қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1244"/>
        <source>Nothing was restored. To restore, answer yes or add --yes.</source>
        <translation>Ештеңе қалпына келтірілген жоқ. Қалпына келтіру үшін «иә» деп жауап беріңіз немесе --yes қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1246"/>
        <source>Restored the backup into {path}.</source>
        <translation>Сақтық көшірме {path} ішіне қалпына келтірілді.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1248"/>
        <source>The previous store was moved to {aside}.</source>
        <translation>Бұрынғы қойма {aside} ішіне жылжытылды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1249"/>
        <source>The restored store opens with the backup&apos;s passphrase.</source>
        <translation>Қалпына келтірілген қойма сақтық көшірменің құпия сөзімен ашылады.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1260"/>
        <source>Passphrase shared with the council: </source>
        <translation>Кеңеспен ортақ құпия сөз: </translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1282"/>
        <source>Wrote the bundle {path}: {assemblies} held assemblies, {demands} adopted demands.</source>
        <translation>{path} пакеті жазылды: өткен жиналыстар: {assemblies}, қабылданған талаптар: {demands}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1287"/>
        <source>No member is named in it.</source>
        <translation>Онда бірде-бір мүше аталмайды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1290"/>
        <source>It names {count} delegates (names only). Keep the stick safe.</source>
        <translation>Онда делегаттар аталған: {count} (тек есімдер). Флешканы сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1300"/>
        <source>There is no bundle file {path}.</source>
        <translation>{path} пакет файлы жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1308"/>
        <source>Imported the bundle of {name} written on {made}: {assemblies} held assemblies, {demands} adopted demands.</source>
        <translation>«{name}» пакеті импортталды ({made} жазылған): өткен жиналыстар: {assemblies}, қабылданған талаптар: {demands}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1310"/>
        <source>Updated from the bundle of {name} written on {made}: {assemblies} held assemblies, {demands} adopted demands.</source>
        <translation>«{name}» пакетінен жаңартылды ({made} жазылған): өткен жиналыстар: {assemblies}, қабылданған талаптар: {demands}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1324"/>
        <source>Its earlier bundle named it «{name}»: check that it is the same committee.</source>
        <translation>Оның бұрынғы пакетінде ол «{name}» деп аталған: бұл сол комитет екенін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1338"/>
        <source>Practice: nothing is deleted. A wipe of {path} would delete:</source>
        <translation>Жаттығу: ештеңе өшірілмейді. {path} өшірілсе, мыналар жойылар еді:</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1343"/>
        <source>{path} (only the app&apos;s part)</source>
        <translation>{path} (тек бағдарламаға қатысты бөлігі)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1347"/>
        <source>There is nothing of Committee Desk to delete here.</source>
        <translation>Мұнда өшіретін Committee Desk файлдары жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1348"/>
        <source>Backups on USB sticks, and PDFs or exports saved elsewhere, are not touched.</source>
        <translation>Флешкалардағы сақтық көшірмелерге, басқа жерде сақталған PDF пен экспорт файлдарына тиіспейді.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1351"/>
        <source>Delete all of this now? It cannot be undone.</source>
        <translation>Мұның бәрін қазір өшіру керек пе? Мұны қайтару мүмкін болмайды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1353"/>
        <source>Nothing was deleted. To wipe, answer yes or add --yes.</source>
        <translation>Ештеңе өшірілген жоқ. Өшіру үшін «иә» деп жауап беріңіз немесе --yes қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1357"/>
        <source>Not deleted: {path} ({reason})</source>
        <translation>Өшірілмеді: {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1359"/>
        <source>The key files remain: the records can still be opened. Delete them by hand.</source>
        <translation>Кілт файлдары қалып қойды: жазбаларды әлі де ашуға болады. Оларды қолмен өшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1361"/>
        <source>Wiped. Files deleted: {count}.</source>
        <translation>Өшірілді. Жойылған файлдар: {count}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1444"/>
        <source>Stopped. Nothing was half-written.</source>
        <translation>Тоқтатылды. Ештеңе жартылай жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1448"/>
        <source>(the log could not be written)</source>
        <translation>(журнал жазылмады)</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="1450"/>
        <source>Sorry, something went wrong inside Committee Desk. Details are in the log: {path}</source>
        <translation>Кешіріңіз, Committee Desk бағдарламасында қате шықты. Толық мәлімет журналда: {path}</translation>
    </message>
</context>
<context>
    <name>council</name>
    <message>
        <location filename="../../committee_app/services/council.py" line="77"/>
        <source>That committee&apos;s records are no longer here.</source>
        <translation>Бұл комитеттің жазбалары енді мұнда жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/council.py" line="140"/>
        <source>Choose the committees&apos; demands to link first.</source>
        <translation>Алдымен байланыстыратын комитет талаптарын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/council.py" line="152"/>
        <source>A chosen demand is no longer there: its committee&apos;s newer bundle left it out.</source>
        <translation>Таңдалған талап енді жоқ: оның комитетінің жаңа пакетінде ол жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/council.py" line="159"/>
        <source>That common demand is no longer there.</source>
        <translation>Бұл ортақ талап енді жоқ.</translation>
    </message>
</context>
<context>
    <name>demands</name>
    <message>
        <location filename="../../committee_app/services/demands.py" line="23"/>
        <source>This demand no longer exists.</source>
        <translation>Бұл талап енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="30"/>
        <source>Demand</source>
        <translation>Талап</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="32"/>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="34"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="36"/>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="38"/>
        <source>Addressed to</source>
        <translation>Кімге қойылған</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="40"/>
        <source>Presented on</source>
        <translation>Тапсырылған күні</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="42"/>
        <source>Deadline</source>
        <translation>Жауап мерзімі</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="64"/>
        <location filename="../../committee_app/services/demands.py" line="114"/>
        <source>Date of the change</source>
        <translation>Өзгеріс күні</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="113"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="151"/>
        <source>The change cannot be dated {date}: that day has not come yet.</source>
        <translation>Өзгерісті {date} күнімен белгілеуге болмайды: ол күн әлі келген жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="160"/>
        <source>The change cannot be dated {date}: the demand&apos;s previous change is dated {previous}.</source>
        <translation>Өзгерісті {date} күнімен белгілеуге болмайды: талаптың алдыңғы өзгерісі {previous} күнімен белгіленген.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="170"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="176"/>
        <source>The vote chosen no longer exists.</source>
        <translation>Таңдалған дауыс беру енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="178"/>
        <source>The vote chosen did not carry, so it cannot adopt a demand.</source>
        <translation>Таңдалған дауыс беруде шешім қабылданбады, сондықтан ол арқылы талап қабылдауға болмайды.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../committee_app/demo.py" line="177"/>
        <source>{path} holds a store that is not a demo; the demo never replaces real records. Choose another place.</source>
        <translation>{path} — демо емес, нағыз қойма; демо нағыз жазбалардың орнын ешқашан баспайды. Басқа орын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>elections</name>
    <message>
        <location filename="../../committee_app/services/elections.py" line="36"/>
        <source>This election no longer exists.</source>
        <translation>Бұл сайлау енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="40"/>
        <source>This agenda item no longer exists.</source>
        <translation>Күн тәртібіндегі бұл мәселе енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="44"/>
        <source>This candidate is no longer on the ballot.</source>
        <translation>Бұл кандидат енді бюллетеньде жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="48"/>
        <source>This mandate no longer exists.</source>
        <translation>Бұл мандат енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="53"/>
        <source>The result of this election is declared in the minutes, so the election can no longer change.</source>
        <translation>Бұл сайлаудың нәтижесі хаттамада жарияланды, сондықтан сайлауды енді өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="219"/>
        <source>This assembly no longer exists.</source>
        <translation>Бұл жиналыс енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="243"/>
        <source>There is no assembly with protocol number {number}.</source>
        <translation>Хаттама нөмірі {number} жиналыс жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="246"/>
        <source>Assembly No. {number} has no agenda item {position}.</source>
        <translation>№ {number} жиналыстың күн тәртібінде {position}-мәселе жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="253"/>
        <source>Item {position} of assembly No. {number} holds no election.</source>
        <translation>№ {number} жиналыстың {position}-мәселесінде сайлау жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="271"/>
        <source>Office elected</source>
        <translation>Сайланатын лауазым</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="273"/>
        <source>Body of the mandate</source>
        <translation>Мандат берілетін орган</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="278"/>
        <source>The seats to fill must be a whole number from 1 to {most}.</source>
        <translation>Орын саны 1-ден {most}-ге дейінгі бүтін сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="282"/>
        <source>Who is elected</source>
        <translation>Кім сайланады</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="284"/>
        <source>How the votes are cast</source>
        <translation>Дауыс беру тәсілі</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="288"/>
        <source>Mandates from</source>
        <translation>Өкілеттік басталуы</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="290"/>
        <source>Mandates until</source>
        <translation>Өкілеттік аяқталуы</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="298"/>
        <source>Counting commission</source>
        <translation>Санау комиссиясы</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="308"/>
        <source>The mandates cannot end before they begin.</source>
        <translation>Өкілеттік басталмай тұрып аяқтала алмайды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="313"/>
        <source>An open vote has no ballots: clear the counting commission&apos;s ballot figures, or keep the secret ballot.</source>
        <translation>Ашық дауыс беруде бюллетень жоқ: санау комиссиясының бюллетень деректерін тазартыңыз немесе жасырын дауыс беруді қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="327"/>
        <source>{issued} ballots were issued, but only {registered} were registered at the assembly.</source>
        <translation>{issued} бюллетень берілді, бірақ жиналыста тек {registered} адам тіркелді.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="333"/>
        <source>{found} ballots were found in the ballot box, but only {issued} were issued.</source>
        <translation>Жәшіктен {found} бюллетень табылды, бірақ тек {issued} берілген.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="339"/>
        <source>{found} ballots were found in the ballot box, but only {registered} were registered at the assembly.</source>
        <translation>Жәшіктен {found} бюллетень табылды, бірақ жиналыста тек {registered} адам тіркелді.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="345"/>
        <source>{invalid} ballots were found invalid, but only {found} were found in the ballot box.</source>
        <translation>{invalid} бюллетень жарамсыз деп танылды, бірақ жәшіктен тек {found} табылды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="396"/>
        <source>This agenda item already holds an election; hold another on an item of its own.</source>
        <translation>Бұл мәселеде сайлау бар; басқасын жеке мәселеде өткізіңіз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="429"/>
        <source>Candidate&apos;s name</source>
        <translation>Кандидаттың аты</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="431"/>
        <source>Choose a member or type the candidate&apos;s name.</source>
        <translation>Мүшені таңдаңыз немесе кандидаттың атын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="437"/>
        <source>The member chosen no longer exists.</source>
        <translation>Таңдалған мүше енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="441"/>
        <location filename="../../committee_app/services/elections.py" line="444"/>
        <source>{name} is already on the ballot.</source>
        <translation>{name} бюллетеньде бар.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="491"/>
        <source>Candidate&apos;s votes</source>
        <translation>Кандидаттың дауыстары</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="498"/>
        <source>This candidate is on the ballot of another election.</source>
        <translation>Бұл кандидат басқа сайлаудың бюллетенінде.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="514"/>
        <source>Ballots issued</source>
        <translation>Берілген бюллетеньдер</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="515"/>
        <source>Ballots found in the ballot box</source>
        <translation>Жәшіктен табылған бюллетеньдер</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="516"/>
        <source>Invalid ballots</source>
        <translation>Жарамсыз бюллетеньдер</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="544"/>
        <source>This change would leave the election “{office}” with counts that no longer fit: {reason}</source>
        <translation>Бұл өзгерістен кейін «{office}» сайлауының сандары сәйкес келмей қалады: {reason}</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="555"/>
        <source>This change would change who was elected in the election “{office}”, whose result is declared in the minutes.</source>
        <translation>Бұл өзгеріс нәтижесі хаттамада жарияланған «{office}» сайлауында кім сайланғанын өзгертер еді.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="575"/>
        <source>This election has no candidates yet.</source>
        <translation>Бұл сайлауда әзірге кандидаттар жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="579"/>
        <source>Not every candidate&apos;s votes are counted yet: {names}.</source>
        <translation>Әлі барлық кандидаттың дауыстары саналған жоқ: {names}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="583"/>
        <source>The counting commission&apos;s figures are not all in: the ballots issued, found in the ballot box and invalid.</source>
        <translation>Санау комиссиясының деректері толық емес: берілген, жәшіктен табылған және жарамсыз бюллетеньдер.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="754"/>
        <source>This member no longer exists.</source>
        <translation>Бұл мүше енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="762"/>
        <source>Reason for the recall</source>
        <translation>Кері шақырудың себебі</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="763"/>
        <source>Recalled on</source>
        <translation>Кері шақырылған күні</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="765"/>
        <source>Give the day the recall takes effect.</source>
        <translation>Кері шақыру күшіне енетін күнді көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="768"/>
        <source>This vote no longer exists.</source>
        <translation>Бұл дауыс беру енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="770"/>
        <source>This vote did not carry, so it cannot recall anyone.</source>
        <translation>Бұл шешім қабылданбаған, сондықтан онымен ешкімді кері шақыруға болмайды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="773"/>
        <source>This mandate was already ended by a recall on {date}.</source>
        <translation>Бұл мандат {date} кері шақырумен тоқтатылған.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="779"/>
        <source>A recall cannot take effect before the mandate began, on {date}.</source>
        <translation>Кері шақыру мандат басталғанға дейін ({date}) күшіне ене алмайды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="785"/>
        <source>This mandate&apos;s term ended on {date}: there is nothing left to recall.</source>
        <translation>Бұл мандаттың мерзімі {date} бітті: кері шақыратын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/elections.py" line="794"/>
        <source>A recall cannot take effect before the vote that decided it, on {date}.</source>
        <translation>Кері шақыру оны шешкен дауыс беруден ({date}) бұрын күшіне ене алмайды.</translation>
    </message>
</context>
<context>
    <name>failed_unlocks</name>
    <message>
        <location filename="../../committee_app/failed_unlocks.py" line="77"/>
        <source>Attempts left before the records are wiped: {count}.</source>
        <translation>Жазбалар өшірілгенге дейін қалған әрекеттер: {count}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/failed_unlocks.py" line="87"/>
        <source>The passphrase was wrong {count} times in a row. As chosen in the settings, the records on this computer were wiped, with their key files, settings and logs. A backup opens with its own passphrase.</source>
        <translation>Құпия сөз қатарынан {count} рет қате терілді. Баптауларда таңдалғандай, осы компьютердегі жазбалар кілт файлдарымен, баптаулармен және журналдармен бірге өшірілді. Сақтық көшірме өзінің құпия сөзімен ашылады.</translation>
    </message>
    <message>
        <location filename="../../committee_app/failed_unlocks.py" line="93"/>
        <source>The key files could not be deleted: delete them by hand.</source>
        <translation>Кілт файлдарын өшіру мүмкін болмады: оларды қолмен өшіріңіз.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../committee_app/services/fields.py" line="25"/>
        <source>{field} contains an invisible control character (such as a tab or line break).</source>
        <translation>«{field}» өрісінде көрінбейтін басқару таңбасы бар (мысалы, табуляция немесе жол ауысуы).</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/fields.py" line="30"/>
        <source>{field} is required.</source>
        <translation>«{field}» өрісін толтыру керек.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/fields.py" line="33"/>
        <source>{field} is too long: {length} characters, at most {limit}.</source>
        <translation>«{field}» өрісі тым ұзын: {length} таңба, ең көбі {limit} болуы керек.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/fields.py" line="43"/>
        <source>{field} must be a whole number from 0 to {maximum}.</source>
        <translation>«{field}» өрісінде 0 мен {maximum} аралығындағы бүтін сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/fields.py" line="55"/>
        <source>{field} cannot be “{value}”; choose one of: {allowed}.</source>
        <translation>«{field}» өрісінің мәні «{value}» бола алмайды; мыналардың бірін таңдаңыз: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/fields.py" line="71"/>
        <source>{field} must be a date written as YYYY-MM-DD, not “{value}”.</source>
        <translation>«{field}» өрісінде ЖЖЖЖ-АА-КК түрінде жазылған күн болуы керек, «{value}» емес.</translation>
    </message>
</context>
<context>
    <name>keyslot</name>
    <message>
        <location filename="../../committee_app/keyslot.py" line="126"/>
        <source>The store&apos;s key file is damaged, and so is its spare copy. The store cannot be opened.</source>
        <translation>Қойманың кілт файлы бүлінген, оның қосалқы көшірмесі де бүлінген. Қойманы ашу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../committee_app/keyslot.py" line="251"/>
        <source>The store&apos;s key files cannot be read: this user has no permission to read them.</source>
        <translation>Қойманың кілт файлдары оқылмайды: бұл пайдаланушының оларды оқуға рұқсаты жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/keyslot.py" line="267"/>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Құпия сөз қате. Пернетақта тілін және Caps Lock пернесін тексеріп, қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../committee_app/labels.py" line="35"/>
        <source>Workplace committee</source>
        <translation>Кәсіпорын комитеті</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="36"/>
        <source>Territorial committee</source>
        <translation>Аумақтық комитет</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="37"/>
        <location filename="../../committee_app/labels.py" line="49"/>
        <source>Council of delegates</source>
        <translation>Делегаттар кеңесі</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="38"/>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="39"/>
        <source>Deputy chair</source>
        <translation>Төрағаның орынбасары</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="40"/>
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="41"/>
        <source>Treasurer</source>
        <translation>Қазынашы</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="42"/>
        <source>Delegate</source>
        <translation>Делегат</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="43"/>
        <source>Member</source>
        <translation>Мүше</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="44"/>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="45"/>
        <source>Inactive</source>
        <translation>Белсенді емес</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="46"/>
        <source>Left</source>
        <translation>Шықты</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="47"/>
        <source>General assembly</source>
        <translation>Жалпы жиналыс</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="48"/>
        <source>Committee meeting</source>
        <translation>Комитет отырысы</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="50"/>
        <source>Rally</source>
        <translation>Митинг</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="51"/>
        <source>Planned</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="52"/>
        <source>Held</source>
        <translation>Өтті</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="53"/>
        <source>Cancelled</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="54"/>
        <source>Present</source>
        <translation>Қатысты</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="55"/>
        <source>Excused</source>
        <translation>Себепті қатыспады</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="56"/>
        <source>Absent</source>
        <translation>Қатыспады</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="57"/>
        <source>Simple majority (for &gt; against)</source>
        <translation>Қарапайым көпшілік («қолдайды» &gt; «қарсы»)</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="58"/>
        <source>Absolute majority (for &gt; half of those entitled)</source>
        <translation>Абсолютті көпшілік («қолдайды» &gt; қатысуға құқылылардың жартысы)</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="59"/>
        <source>Two thirds of votes cast</source>
        <translation>Берілген дауыстардың үштен екісі</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="60"/>
        <source>Majority of those registered (for &gt; half of them)</source>
        <translation>Тіркелгендердің көпшілігі («қолдайды» &gt; олардың жартысы)</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="61"/>
        <source>Carried</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="62"/>
        <source>Failed</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="63"/>
        <source>Most votes</source>
        <translation>Ең көп дауыс</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="64"/>
        <source>More than half of those registered</source>
        <translation>Тіркелгендердің жартысынан көбі</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="65"/>
        <source>Open vote (show of hands)</source>
        <translation>Ашық дауыс беру (қол көтеру)</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="66"/>
        <source>Secret ballot</source>
        <translation>Жасырын дауыс беру</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="67"/>
        <source>Wages</source>
        <translation>Жалақы</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="68"/>
        <source>Working conditions</source>
        <translation>Еңбек жағдайлары</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="69"/>
        <source>Union rights</source>
        <translation>Кәсіподақ құқықтары</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="70"/>
        <source>Political</source>
        <translation>Саяси</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="71"/>
        <source>Social</source>
        <translation>Әлеуметтік</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="72"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="73"/>
        <source>Proposed</source>
        <translation>Ұсынылды</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="74"/>
        <source>Adopted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="75"/>
        <source>Presented</source>
        <translation>Тапсырылды</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="76"/>
        <source>Under negotiation</source>
        <translation>Келіссөз жүріп жатыр</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="77"/>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="78"/>
        <source>Withdrawn</source>
        <translation>Кері алынды</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="79"/>
        <source>Met</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="80"/>
        <source>Partially met</source>
        <translation>Ішінара орындалды</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="81"/>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="82"/>
        <source>Open</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="83"/>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="84"/>
        <source>Dropped</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="99"/>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="100"/>
        <source>Normal</source>
        <translation>Қалыпты</translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="101"/>
        <source>Low</source>
        <translation>Төмен</translation>
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
        <translation>Бұл жиналыс енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="39"/>
        <source>This agenda item no longer exists.</source>
        <translation>Күн тәртібіндегі бұл мәселе енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="43"/>
        <source>This speaker is no longer on the list.</source>
        <translation>Бұл сөйлеуші енді тізімде жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="47"/>
        <source>This vote no longer exists.</source>
        <translation>Бұл дауыс беру енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="88"/>
        <source>This agenda item belongs to another assembly.</source>
        <translation>Күн тәртібіндегі бұл мәселе басқа жиналысқа жатады.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="126"/>
        <source>A speaker&apos;s time must be from {low} seconds to {high} minutes.</source>
        <translation>Сөйлеу уақыты {low} секундтан {high} минутқа дейін болуы керек.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="185"/>
        <source>Speaker&apos;s name</source>
        <translation>Сөйлеушінің аты</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="187"/>
        <source>Choose a member or type the speaker&apos;s name.</source>
        <translation>Мүшені таңдаңыз немесе сөйлеушінің атын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="191"/>
        <source>The member chosen no longer exists.</source>
        <translation>Таңдалған мүше енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="220"/>
        <source>This speaker has spoken and is in the minutes; change «Spoke» in the minutes instead.</source>
        <translation>Бұл сөйлеуші сөйлеп болды және хаттамаға жазылды; оның орнына хаттамадағы «Сөз сөйлегендерді» түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="238"/>
        <source>This speaker has already spoken.</source>
        <translation>Бұл сөйлеуші сөйлеп болды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="255"/>
        <location filename="../../committee_app/services/live.py" line="270"/>
        <source>What the speaker said</source>
        <translation>Сөйлеушінің айтқаны</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="259"/>
        <source>This speaker does not have the floor.</source>
        <translation>Бұл сөйлеушіге сөз берілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="274"/>
        <source>Only the speaker who has the floor can finish.</source>
        <translation>Тек сөз берілген адам ғана аяқтай алады.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="315"/>
        <location filename="../../committee_app/services/live.py" line="344"/>
        <location filename="../../committee_app/services/live.py" line="366"/>
        <source>Question put to the vote</source>
        <translation>Дауысқа қойылған мәселе</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="316"/>
        <location filename="../../committee_app/services/live.py" line="346"/>
        <location filename="../../committee_app/services/live.py" line="368"/>
        <source>Majority rule</source>
        <translation>Көпшілік түрі</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="339"/>
        <location filename="../../committee_app/services/live.py" line="444"/>
        <source>Votes for</source>
        <translation>«Қолдайды» дауыстары</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="340"/>
        <location filename="../../committee_app/services/live.py" line="445"/>
        <source>Votes against</source>
        <translation>«Қарсы» дауыстары</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="341"/>
        <location filename="../../committee_app/services/live.py" line="446"/>
        <source>Abstentions</source>
        <translation>Қалыс қалғандар</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="351"/>
        <source>This vote is counted on tally sheets: change a sheet, and the vote follows its sheets.</source>
        <translation>Бұл дауыс беру санау парақтары бойынша саналған: парақты түзетіңіз, дауыс беру парақтарға сәйкес өзгереді.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="389"/>
        <source>These counts would make the vote fail, and it adopted the demand “{demand}”; change the demand first.</source>
        <translation>Бұл сандармен шешім қабылданбас еді, ал ол «{demand}» талабын қабылдаған; алдымен талапты өзгертіңіз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="397"/>
        <source>These counts would make the vote fail, and it recalled {name}, which must stay on record.</source>
        <translation>Бұл сандармен шешім қабылданбас еді, ал онымен {name} кері шақырылған, бұл жазбада қалуы керек.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="413"/>
        <source>This vote adopted the demand “{demand}”, and that record must stay.</source>
        <translation>Бұл дауыс берумен «{demand}» талабы қабылданған, бұл жазба сақталуы керек.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="417"/>
        <source>This vote recalled {name}, and that record must stay.</source>
        <translation>Бұл дауыс берумен {name} кері шақырылды, бұл жазба сақталуы керек.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="442"/>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="467"/>
        <source>Sheet No. {number} is not in this count.</source>
        <translation>Бұл санауда № {number} парақ жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/live.py" line="489"/>
        <source>A sheet number must be a whole number from 1 to {most}.</source>
        <translation>Парақ нөмірі 1-ден {most}-ге дейінгі бүтін сан болуы керек.</translation>
    </message>
</context>
<context>
    <name>member_export</name>
    <message>
        <location filename="../../committee_app/exchange/member_export.py" line="91"/>
        <source>Members can be exported to a .csv or an .xlsx file, not to “{name}”: end the file&apos;s name in .csv or .xlsx.</source>
        <translation>Мүшелер тізімін .csv немесе .xlsx файлына ғана шығаруға болады, «{name}» файлына емес: файл аты .csv немесе .xlsx деп аяқталсын.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/member_export.py" line="100"/>
        <source>The separator of a CSV file can be a semicolon (;) or a comma (,), not “{delimiter}”.</source>
        <translation>CSV файлындағы бөлгіш нүктелі үтір (;) немесе үтір (,) бола алады, «{delimiter}» емес.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/member_export.py" line="109"/>
        <source>The columns can be headed in Kazakh (kk), Russian (ru) or English (en), not “{language}”.</source>
        <translation>Баған атаулары қазақ (kk), орыс (ru) немесе ағылшын (en) тілінде бола алады, «{language}» емес.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/member_export.py" line="227"/>
        <source>Members</source>
        <translation>Мүшелер</translation>
    </message>
</context>
<context>
    <name>member_import</name>
    <message>
        <location filename="../../committee_app/exchange/columns.py" line="107"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/columns.py" line="108"/>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/columns.py" line="109"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/member_import.py" line="335"/>
        <source>The sheet “{sheet}” of {file} has no rows.</source>
        <translation>{file} файлының «{sheet}» парағында бірде-бір жол жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/member_import.py" line="339"/>
        <source>The file {file} has no rows.</source>
        <translation>{file} файлында бірде-бір жол жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/member_import.py" line="439"/>
        <source>No column of {file} could be recognised as the members&apos; names: none of its first rows has a header such as “Full name”, “ФИО”, “Фамилия” or “Аты-жөні”. Add such a header above the names, or choose the columns by hand.</source>
        <translation>{file} файлының бірде-бір бағаны мүшелердің аты-жөні ретінде танылмады: алғашқы жолдардың ешқайсысында «Аты-жөні», «ФИО», «Фамилия» немесе «Full name» сияқты тақырып жоқ. Аттардың үстіне осындай тақырып қосыңыз немесе бағандарды қолмен таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/member_import.py" line="495"/>
        <source>The same as row {row} of this file.</source>
        <translation>Осы файлдың {row}-жолымен бірдей.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/member_import.py" line="502"/>
        <source>The row has no name.</source>
        <translation>Жолда аты-жөні жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/member_import.py" line="520"/>
        <source>{field} cannot be “{value}”; the file may say: {allowed}.</source>
        <translation>{field} «{value}» бола алмайды; файлда мыналар болуы мүмкін: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/member_import.py" line="538"/>
        <source>{field} must be a date such as 15.03.2021 or 2021-03-15, not “{value}”.</source>
        <translation>{field}: 15.03.2021 немесе 2021-03-15 түріндегі күн керек, «{value}» емес.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/member_import.py" line="565"/>
        <source>Excel shortened this phone number to “{value}”; format the column as text in Excel and save again.</source>
        <translation>Excel бұл телефон нөмірін «{value}» түріне дейін қысқартқан; Excel-де бағанға мәтін пішімін беріп, файлды қайта сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="80"/>
        <source>The import was stopped. Nothing was written.</source>
        <translation>Импорт тоқтатылды. Ештеңе жазылмады.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="107"/>
        <source>The file {file} is empty.</source>
        <translation>{file} файлы бос.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="121"/>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} — файл емес, қалта.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="123"/>
        <source>There is no file {file}.</source>
        <translation>{file} файлы жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="125"/>
        <source>No permission to read the file {file}.</source>
        <translation>{file} файлын оқуға рұқсат жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="128"/>
        <location filename="../../committee_app/exchange/tables.py" line="229"/>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>{file} файлы оқылмайды: {reason}</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="134"/>
        <source>The file {file} is not a table: it holds binary data, not text. Save the list from the spreadsheet as CSV or as an Excel workbook (.xlsx).</source>
        <translation>{file} файлы кесте емес: онда мәтін емес, екілік деректер бар. Тізімді электрондық кестеден CSV немесе Excel кітабы (.xlsx) ретінде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="203"/>
        <source>The file {file} is in the old Excel format (.xls). Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>{file} файлы Excel-дің ескі пішімінде (.xls). Оны Excel немесе LibreOffice бағдарламасында ашып, Excel кітабы (.xlsx) немесе CSV ретінде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="256"/>
        <source>Row {row} of {file} is longer than {limit} characters: this is not a list of members.</source>
        <translation>{file} файлының {row}-жолы {limit} таңбадан ұзын: бұл мүшелер тізімі емес.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="281"/>
        <source>Row {row} of {file} is not written in the encoding {encoding}. Choose another encoding.</source>
        <translation>{file} файлының {row}-жолы {encoding} кодтамасында жазылмаған. Басқа кодтаманы таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="289"/>
        <source>A cell in row {row} of {file} is longer than {limit} characters. A quotation mark that opens a cell may be missing its closing pair.</source>
        <translation>{file} файлының {row}-жолындағы ұяшық {limit} таңбадан ұзын. Ұяшықты ашатын тырнақшаның жабатын жұбы жоқ болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="296"/>
        <source>Row {row} of {file} cannot be read as CSV.</source>
        <translation>{file} файлының {row}-жолын CSV ретінде оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="300"/>
        <source>In row {row} of {file} a quotation mark opens a cell that is never closed, so every line after it would be read into that cell. Add the missing quotation mark, or remove the stray one.</source>
        <translation>{file} файлының {row}-жолында тырнақша ұяшықты ашады, бірақ ол еш жерде жабылмайды, сондықтан одан кейінгі барлық жол сол ұяшыққа түсер еді. Жетпейтін тырнақшаны қосыңыз немесе артығын алып тастаңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="355"/>
        <source>The file {file} is not an Excel workbook that can be read. Open it in Excel or LibreOffice and save it again as .xlsx, or as CSV.</source>
        <translation>{file} файлы оқуға болатын Excel кітабы емес. Оны Excel немесе LibreOffice бағдарламасында ашып, қайтадан .xlsx немесе CSV ретінде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="379"/>
        <source>The workbook {file} would unpack to {size} MB, far more than a list of members: it was not opened. It may be damaged, or made to fill the computer&apos;s memory.</source>
        <translation>{file} кітабы ашылғанда {size} МБ болар еді — бұл кез келген мүшелер тізімінен әлдеқайда көп, сондықтан ол ашылмады. Файл бүлінген немесе компьютердің жадын толтыру үшін жасалған болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="413"/>
        <source>The workbook {file} has no sheet “{sheet}”; its sheets: {sheets}.</source>
        <translation>{file} кітабында «{sheet}» парағы жоқ; оның парақтары: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="422"/>
        <source>The sheet “{sheet}” of {file} holds no table.</source>
        <translation>{file} файлының «{sheet}» парағында кесте жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/exchange/tables.py" line="529"/>
        <source>Row {row} of the workbook {file} cannot be read: the file may be damaged.</source>
        <translation>{file} кітабының {row}-жолын оқу мүмкін емес: файл бүлінген болуы мүмкін.</translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <location filename="../../committee_app/services/erasure.py" line="68"/>
        <source>erased member No. {number}</source>
        <translation>өшірілген қатысушы №{number}</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/erasure.py" line="100"/>
        <location filename="../../committee_app/services/members.py" line="40"/>
        <source>This member no longer exists.</source>
        <translation>Бұл мүше енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/erasure.py" line="103"/>
        <source>This member was already erased: nothing of the person is left to remove.</source>
        <translation>Бұл қатысушы толық өшірілген: одан ештеңе қалған жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="47"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="48"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="49"/>
        <source>Workplace</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="50"/>
        <source>Shop or department</source>
        <translation>Цех немесе бөлім</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="51"/>
        <source>Occupation</source>
        <translation>Мамандығы</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="52"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="53"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="54"/>
        <source>Joined on</source>
        <translation>Қосылған күні</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="55"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="131"/>
        <source>Every member needs a full name.</source>
        <translation>Әр мүшенің аты-жөні көрсетілуі керек.</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="326"/>
        <source>This member chaired, attended, spoke, stood for election or was assigned work, so the records keep them: they were marked as having left instead of being deleted.</source>
        <translation>Бұл мүше төрағалық етті, қатысты, сөйледі, сайлауға түсті немесе тапсырма алды, сондықтан жазбалар оны сақтайды: ол жойылмай, шыққан деп белгіленді.</translation>
    </message>
</context>
<context>
    <name>passphrases</name>
    <message>
        <location filename="../../committee_app/passphrases.py" line="30"/>
        <source>The passphrase is too short: it needs at least {count} characters. Whoever takes the laptop can try short passphrases by the million; a few unrelated words are long and easy to remember.</source>
        <translation>Құпия сөз тым қысқа: кемінде {count} таңба керек. Ноутбукті алған адам қысқа құпия сөздерді миллиондап сынап көре алады; бір-бірімен байланыссыз бірнеше сөз әрі ұзын, әрі есте оңай сақталады.</translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="39"/>
        <source>The passphrase holds a line break, a tab or another character that cannot be typed at the unlock window. Use letters, digits, spaces and punctuation.</source>
        <translation>Құпия сөзде жол ауыстыру, табуляция немесе құлыпты ашу терезесінде теруге болмайтын басқа таңба бар. Әріптерді, цифрларды, бос орындарды және тыныс белгілерін пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="53"/>
        <source>The passphrase file {path} cannot be read ({reason}).</source>
        <translation>{path} құпия сөз файлы оқылмайды ({reason}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="58"/>
        <source>{path} is too large to be a passphrase file.</source>
        <translation>{path} құпия сөз файлы болу үшін тым үлкен.</translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="62"/>
        <source>The passphrase file {path} is not UTF-8 text.</source>
        <translation>{path} құпия сөз файлы UTF-8 мәтіні емес.</translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="68"/>
        <source>The passphrase file {path} is empty: write the passphrase on its first line.</source>
        <translation>{path} құпия сөз файлы бос: құпия сөзді оның бірінші жолына жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="82"/>
        <source>The typed passphrase holds bytes that are not UTF-8: set the terminal to UTF-8 and type it again.</source>
        <translation>Терілген құпия сөзде UTF-8 емес байттар бар: терминалда UTF-8 таңдап, оны қайта теріңіз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="104"/>
        <source>No passphrase was given: use --passphrase-file FILE, COMMITTEE_APP_PASSPHRASE, or type it when asked.</source>
        <translation>Құпия сөз берілмеді: --passphrase-file ФАЙЛ не COMMITTEE_APP_PASSPHRASE айнымалысын қолданыңыз немесе сұралғанда құпия сөзді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="116"/>
        <source>The passphrase in {variable} holds bytes that are not UTF-8: set the terminal to UTF-8 and set the variable again.</source>
        <translation>{variable} ішіндегі құпия сөзде UTF-8 емес байттар бар: терминалда UTF-8 таңдап, айнымалыны қайта орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="125"/>
        <source>Type the passphrase again: </source>
        <translation>Құпия сөзді қайта енгізіңіз: </translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="127"/>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>Екі құпия сөз сәйкес келмейді. Ештеңе өзгертілген жоқ.</translation>
    </message>
</context>
<context>
    <name>platform_libraries</name>
    <message>
        <location filename="../../ui/platform_libraries.py" line="121"/>
        <source>Committee Desk cannot open its window: this computer lacks system libraries that the Qt display plugin for X11 (xcb) needs: {libraries}.</source>
        <translation>Committee Desk терезесін аша алмайды: бұл компьютерде Qt-тың X11 (xcb) бейнелеу модуліне қажет жүйелік кітапханалар жоқ: {libraries}.</translation>
    </message>
    <message>
        <location filename="../../ui/platform_libraries.py" line="129"/>
        <source>On Debian or Ubuntu, install them with:
    sudo apt install {debian}
On Fedora:
    sudo dnf install {fedora}</source>
        <translation>Debian немесе Ubuntu жүйесінде оларды мына командамен орнатыңыз:
    sudo apt install {debian}
Fedora жүйесінде:
    sudo dnf install {fedora}</translation>
    </message>
    <message>
        <location filename="../../ui/platform_libraries.py" line="137"/>
        <source>Look in your distribution&apos;s package manager for the packages that provide {libraries}.</source>
        <translation>Дистрибутивіңіздің пакет менеджерінен {libraries} кітапханаларын қамтитын пакеттерді табыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/platform_libraries.py" line="142"/>
        <source>Then start Committee Desk again. Your records are not affected. Without administrator rights, ask whoever looks after this computer to install them.</source>
        <translation>Содан кейін Committee Desk-ті қайта іске қосыңыз. Жазбаларыңызға ештеңе болған жоқ. Әкімші құқығыңыз болмаса, бұл компьютерге қызмет көрсететін адамнан оларды орнатуды сұраңыз.</translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <location filename="../../committee_app/cli.py" line="956"/>
        <source>{path} is a folder: give the name of the PDF file to write, such as {example}.</source>
        <translation>{path} — қалта: құжат жазылатын PDF файлының атын көрсетіңіз, мысалы, {example}.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="962"/>
        <source>There is no folder {folder}: create it, or choose another place for {path}.</source>
        <translation>{folder} қалтасы жоқ: оны жасаңыз немесе {path} үшін басқа орын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="968"/>
        <source>No permission to write in the folder {folder}: choose another place for {path}.</source>
        <translation>{folder} қалтасына жазуға рұқсат жоқ: {path} үшін басқа орын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/assembly_papers.py" line="107"/>
        <source>There is no assembly with protocol number {number} to print.</source>
        <translation>Хаттама нөмірі {number} болатын жиналыс жоқ — басып шығаратын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/document.py" line="75"/>
        <source>Documents can be printed in Kazakh (kk), Russian (ru) or English (en), not “{language}”.</source>
        <translation>Құжаттар қазақ (kk), орыс (ru) немесе ағылшын (en) тілінде басылады, «{language}» тілінде емес.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/document.py" line="81"/>
        <source>The paper can be A4 (a4) or Letter (letter), not “{paper}”.</source>
        <translation>Қағаз A4 (a4) немесе Letter (letter) болуы мүмкін, «{paper}» емес.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/document.py" line="253"/>
        <source>REDACTED COPY</source>
        <translation>ИЕСІЗДЕНДІРІЛГЕН КӨШІРМЕ</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/document.py" line="259"/>
        <source>Page {page} of {pages} · printed {when}</source>
        <translation>{pages} беттің {page}-беті · басып шығарылды: {when}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/document.py" line="267"/>
        <source>The document cannot be laid out: one text is longer than a page can hold. Shorten the longest text (an agenda item&apos;s details, a task) and print again. Nothing was written.</source>
        <translation>Құжатты беттерге орналастыру мүмкін емес: мәтіндердің бірі бір беттен ұзын. Ең ұзын мәтінді (күн тәртібі мәселесінің сипаттамасын, тапсырманы) қысқартып, қайта басыңыз. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/signin_rows.py" line="40"/>
        <source>The sign-in sheet can have from 0 to {most} blank rows, not {value}. For a larger hall, print several copies of the sheet and pass them round at once.</source>
        <translation>Тіркеу парағындағы бос жолдар саны 0 мен {most} аралығында болуы керек, {value} болмайды. Үлкен зал үшін парақтың бірнеше данасын басып шығарып, қатарларға бір мезгілде таратыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/signin_rows.py" line="52"/>
        <source>The sign-in sheet has no redacted form: people sign it by hand against their own names. Print it without redaction; the redacted minutes give the count of those present.</source>
        <translation>Тіркеу парағының иесіздендірілген нұсқасы жоқ: оған әркім өз аты-жөнінің тұсына қолмен қол қояды. Оны иесіздендірмей басып шығарыңыз; қатысқандар санын иесіздендірілген хаттама көрсетеді.</translation>
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
        <translation>ХАБАРЛАНДЫРУ ЖӘНЕ КҮН ТӘРТІБІ</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="54"/>
        <source>Agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="58"/>
        <source>No items on the agenda yet.</source>
        <translation>Күн тәртібінде әзірге мәселе жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="59"/>
        <source>Agenda: {heading}</source>
        <translation>Күн тәртібі: {heading}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="80"/>
        <source>Committee</source>
        <translation>Комитет</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="81"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="82"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="83"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="84"/>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="113"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="114"/>
        <source>Item</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="115"/>
        <source>Presenter</source>
        <translation>Баяндамашы</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="116"/>
        <source>Min.</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/agenda.py" line="117"/>
        <source>Starts</source>
        <translation>Уақыт</translation>
    </message>
</context>
<context>
    <name>print_ballots</name>
    <message>
        <location filename="../../committee_app/printing/ballot_counts.py" line="15"/>
        <source>The number of ballot papers must be from 1 to {most}, not {copies}.</source>
        <translation>Бюллетень саны 1-ден {most}-ге дейін болуы керек, {copies} емес.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/ballot_counts.py" line="33"/>
        <source>Ballot papers have no redacted form: the voters read the candidates&apos; names in full. Print them without redaction.</source>
        <translation>Бюллетеньдердің иесіздендірілген түрі жоқ: дауыс берушілер кандидаттардың аттарын толық оқиды. Оларды иесіздендірмей басып шығарыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/ballots.py" line="98"/>
        <source>This election is an open vote, by a show of hands: it has no ballot papers. Choose the secret ballot to print them.</source>
        <translation>Бұл сайлауда ашық, қол көтеріп дауыс береді: бюллетень жоқ. Оларды басып шығару үшін жасырын дауыс беруді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/ballots.py" line="106"/>
        <source>This election has no candidates yet: add them in the order the ballot lists them.</source>
        <translation>Бұл сайлауда әзірге кандидаттар жоқ: оларды бюллетень ретімен қосыңыз.</translation>
    </message>
</context>
<context>
    <name>print_common_demands</name>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="32"/>
        <source>COMMON DEMANDS</source>
        <translation>ОРТАҚ ТАЛАПТАР</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="34"/>
        <source>of the council: {council}</source>
        <translation>кеңес: {council}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="39"/>
        <source>The council has no common demands yet.</source>
        <translation>Кеңесте әзірге ортақ талаптар жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="44"/>
        <source>Committees&apos; demands not in the common list</source>
        <translation>Ортақ тізімге енбеген комитет талаптары</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="47"/>
        <source>Common demands</source>
        <translation>Ортақ талаптар</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="62"/>
        <source>Status in the council</source>
        <translation>Кеңестегі күйі</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="64"/>
        <source>Addressed to</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="66"/>
        <source>Answer expected by</source>
        <translation>Жауап мерзімі</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="71"/>
        <source>No committee&apos;s demand is linked to it yet.</source>
        <translation>Онымен әзірге бірде-бір комитет талабы байланыстырылмаған.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="76"/>
        <source>no vote recorded</source>
        <translation>дауыс беру жазылмаған</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="100"/>
        <source>Voted: for / against / abstained</source>
        <translation>Дауыс берді: «жақтап» / «қарсы» / «қалыс қалғандар»</translation>
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
        <translation>Талап</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="99"/>
        <source>Adopted (assembly, date)</source>
        <translation>Қабылданды (жиналыс, күні)</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="101"/>
        <source>Status now</source>
        <translation>Қазіргі күйі</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/common_demands.py" line="102"/>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
</context>
<context>
    <name>print_delegates</name>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="60"/>
        <source>LIST OF DELEGATES</source>
        <translation>ДЕЛЕГАТТАР ТІЗІМІ</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="62"/>
        <source>Mandates as they stand on {date}</source>
        <translation>{date} жағдай бойынша мандаттар</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="67"/>
        <source>No one has been elected yet.</source>
        <translation>Әзірге ешкім сайланған жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="71"/>
        <source>Recalled</source>
        <translation>Кері шақырылғандар</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="74"/>
        <source>Terms ended</source>
        <translation>Өкілеттік мерзімі біткендер</translation>
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
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="123"/>
        <source>From</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="124"/>
        <source>Until</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="125"/>
        <source>Elected by the assembly</source>
        <translation>Сайлаған жиналыс</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="139"/>
        <source>no vote recorded</source>
        <translation>дауыс беру жазылмаған</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="141"/>
        <source>assembly No. {number}: «{question}»; for {for_} / against {against} / abstained {abstained}</source>
        <translation>№ {number} жиналыс: «{question}»; «жақтап» {for_} / «қарсы» {against} / «қалыс қалғандар» {abstained}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="153"/>
        <source>Held from</source>
        <translation>Өкілеттік басталуы</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="154"/>
        <source>Recalled on</source>
        <translation>Кері шақырылған күні</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="155"/>
        <source>By the vote</source>
        <translation>Дауыс беру</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/delegates.py" line="156"/>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>print_demands</name>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="101"/>
        <source>No adopted demands are standing.</source>
        <translation>Орындалуын күтіп тұрған қабылданған талаптар жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="106"/>
        <source>Demands</source>
        <translation>Талаптар</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="124"/>
        <source>DEMANDS</source>
        <translation>ТАЛАПТАР</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="127"/>
        <source>on behalf of the workers: {enterprise}</source>
        <translation>жұмысшылар атынан: {enterprise}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="129"/>
        <source>put forward by: {committee}</source>
        <translation>ұсынушы: {committee}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="146"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="147"/>
        <source>Priority</source>
        <translation>Басымдығы</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="149"/>
        <source>Addressed to</source>
        <translation>Кімге қойылған</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="150"/>
        <source>Adopted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="152"/>
        <source>Presented on</source>
        <translation>Тапсырылған күні</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="154"/>
        <source>Answer expected by</source>
        <translation>Жауап мерзімі</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="157"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="159"/>
        <source>Answer so far</source>
        <translation>Алынған жауап</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="167"/>
        <source>no vote recorded</source>
        <translation>тіркелген дауыс берусіз</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="170"/>
        <source>by the assembly No. {number}; voted: for {for_} / against {against} / abstained {abstained}</source>
        <translation>№ {number} жиналыста; дауыс берілді: «жақтап» — {for_}, «қарсы» — {against}, «қалыс қалғандар» — {abstained}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="173"/>
        <source>by the assembly No. {number} of {date}; voted: for {for_} / against {against} / abstained {abstained}</source>
        <translation>{date} күнгі № {number} жиналыста; дауыс берілді: «жақтап» — {for_}, «қарсы» — {against}, «қалыс қалғандар» — {abstained}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="182"/>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/demands_paper.py" line="183"/>
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
</context>
<context>
    <name>print_minutes</name>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="178"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="177"/>
        <source>Place</source>
        <translation>Өткен орны</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="214"/>
        <source>Excused</source>
        <translation>Себепті қатыспағандар</translation>
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
        <translation>Қатысуға құқылылар</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="201"/>
        <source>{registered} (members of the committee: {members}, others: {others})</source>
        <translation>{registered} (комитет мүшелері: {members}, басқа қатысушылар: {others})</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="205"/>
        <source>Registered</source>
        <translation>Тіркелгендер</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="250"/>
        <source>{required} of {entitled} needed.</source>
        <translation>қажетті саны — {required} (қатысуға құқылысы — {entitled}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="254"/>
        <source>reached ({registered} registered of {entitled}, {required} needed).</source>
        <translation>бар (тіркелгені — {registered}, қатысуға құқылысы — {entitled}, қажетті саны — {required}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="256"/>
        <source>not reached ({registered} registered of {entitled}, {required} needed).</source>
        <translation>жоқ (тіркелгені — {registered}, қатысуға құқылысы — {entitled}, қажетті саны — {required}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="268"/>
        <source>Members of the committee present</source>
        <translation>Қатысқан комитет мүшелері</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="275"/>
        <source>active members of the committee</source>
        <translation>комитеттің белсенді мүшелері</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="277"/>
        <source>elected delegates</source>
        <translation>сайланған делегаттар</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="279"/>
        <source>members of the committee</source>
        <translation>комитет мүшелері</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="281"/>
        <source>workers of the enterprise</source>
        <translation>кәсіпорын жұмысшылары</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="282"/>
        <source>workers</source>
        <translation>жұмысшылар</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="389"/>
        <source>Needed to adopt: more votes for than against.</source>
        <translation>Шешім қабылдау үшін «жақтап» берілген дауыстар «қарсы» дауыстардан көп болуы қажет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="390"/>
        <source>Needed to adopt: votes for from more than half of those entitled to take part.</source>
        <translation>Шешім қабылдау үшін қатысуға құқылылардың жартысынан астамы «жақтап» дауыс беруі қажет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="393"/>
        <source>Needed to adopt: votes for from more than half of those registered.</source>
        <translation>Шешім қабылдау үшін тіркелгендердің жартысынан астамы «жақтап» дауыс беруі қажет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="396"/>
        <source>Needed to adopt: at least two thirds of the votes cast for and against.</source>
        <translation>Шешім қабылдау үшін «жақтап» дауыстар «жақтап» және «қарсы» берілген дауыстардың кемінде үштен екісі болуы қажет.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="337"/>
        <source>Action items</source>
        <translation>Тапсырмалар</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="350"/>
        <source>Put to the vote</source>
        <translation>Дауысқа қойылды</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="494"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="495"/>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="496"/>
        <source>Assignee</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/minutes.py" line="497"/>
        <source>Due on</source>
        <translation>Мерзімі</translation>
    </message>
</context>
<context>
    <name>print_roster</name>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="80"/>
        <source>CONFIDENTIAL</source>
        <translation>ҚҰПИЯ</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="81"/>
        <source>MEMBER LIST</source>
        <translation>МҮШЕЛЕР ТІЗІМІ</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="82"/>
        <source>{confidential}: personal data of the members. Do not leave it lying about; destroy copies no longer needed.</source>
        <translation>{confidential}: мүшелердің дербес деректері. Құжатты қараусыз қалдырмаңыз; қажет емес көшірмелерін жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="110"/>
        <source>Members on {date}: {count}, including those who have left.</source>
        <translation>{date} жағдай бойынша мүшелер саны: {count}, шыққандарды қоса алғанда.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="113"/>
        <source>Members on {date}: {count}.</source>
        <translation>{date} жағдай бойынша мүшелер саны: {count}.</translation>
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
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="123"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="124"/>
        <source>Workplace</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="125"/>
        <source>Shop or department</source>
        <translation>Цех немесе бөлім</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="126"/>
        <location filename="../../committee_app/printing/roster.py" line="152"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="127"/>
        <location filename="../../committee_app/printing/roster.py" line="153"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/roster.py" line="151"/>
        <source>Initials</source>
        <translation>Инициалдар</translation>
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
        <translation>ТІРКЕУ ПАРАҒЫ</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/signin.py" line="78"/>
        <source>Sign-in sheet: {heading}</source>
        <translation>Тіркеу парағы: {heading}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/signin.py" line="93"/>
        <source>Please sign against your name.</source>
        <translation>Өз аты-жөніңіздің тұсына қол қойыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/signin.py" line="94"/>
        <source>Please sign against your name. If your name is not listed, write your name and your workplace, shop or unit in the next empty row and sign there.</source>
        <translation>Өз аты-жөніңіздің тұсына қол қойыңыз. Егер аты-жөніңіз тізімде болмаса, келесі бос жолға аты-жөніңізді және жұмыс орныңызды (цех, учаскені) жазып, қол қойыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/signin.py" line="113"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/signin.py" line="114"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/signin.py" line="115"/>
        <source>Workplace, shop or unit</source>
        <translation>Жұмыс орны, цех, учаске</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/signin.py" line="168"/>
        <source>Registered in total: {blank} people.</source>
        <translation>Барлығы тіркелді: {blank} адам.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/signin.py" line="169"/>
        <source>Secretary of the assembly</source>
        <translation>Жиналыс хатшысы</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/signin.py" line="116"/>
        <source>Signature</source>
        <translation>Қолы</translation>
    </message>
</context>
<context>
    <name>print_tally</name>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="28"/>
        <source>Assembly No. {number} has no agenda item {position}.</source>
        <translation>№ {number} жиналыстың күн тәртібінде {position}-мәселе жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_counts.py" line="17"/>
        <source>The number of tally sheets must be from 1 to {most}, not {sheets}.</source>
        <translation>Санау парақтарының саны 1-ден {most}-ге дейін болуы керек, {sheets} емес.</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="48"/>
        <source>{kind} No. {number}</source>
        <translation>{kind} № {number}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="52"/>
        <source>{assembly} of {date}</source>
        <translation>{assembly}, {date}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="61"/>
        <source>Tally sheets: {assembly}</source>
        <translation>Санау парақтары: {assembly}</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="63"/>
        <source>Tally sheets: {assembly}, item {position}</source>
        <translation>Санау парақтары: {assembly}, {position}-мәселе</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="75"/>
        <source>TALLY SHEET No. {sheet} of {sheets}</source>
        <translation>№ {sheet} САНАУ ПАРАҒЫ ({sheets} парақтың)</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="77"/>
        <source>Assembly</source>
        <translation>Жиналыс</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="78"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="79"/>
        <source>Agenda item</source>
        <translation>Күн тәртібіндегі мәселе</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="80"/>
        <source>Question put to the vote</source>
        <translation>Дауысқа қойылған мәселе</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="81"/>
        <source>Sector or rows counted</source>
        <translation>Сектор немесе қатарлар</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="98"/>
        <source>FOR</source>
        <translation>ЖАҚТАП</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="99"/>
        <source>AGAINST</source>
        <translation>ҚАРСЫ</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="100"/>
        <source>ABSTAINED</source>
        <translation>ҚАЛЫС ҚАЛҒАНДАР</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="108"/>
        <source>Total:</source>
        <translation>Барлығы:</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="127"/>
        <source>Counted by</source>
        <translation>Санаған</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="129"/>
        <source>(signature, name)</source>
        <translation>(қолы, тегі)</translation>
    </message>
    <message>
        <location filename="../../committee_app/printing/tally_sheets.py" line="131"/>
        <source>Time of the count</source>
        <translation>Санау уақыты</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="../../committee_app/services/profile.py" line="15"/>
        <source>Committee name</source>
        <translation>Комитеттің атауы</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/profile.py" line="16"/>
        <source>Kind of committee</source>
        <translation>Комитет түрі</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/profile.py" line="17"/>
        <source>Locality</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/profile.py" line="18"/>
        <source>Enterprise</source>
        <translation>Кәсіпорын</translation>
    </message>
    <message>
        <location filename="../../committee_app/services/profile.py" line="19"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../committee_app/rules.py" line="52"/>
        <source>A quorum of {numerator}/{denominator} would need more members than the committee has: the first number cannot be larger than the second.</source>
        <translation>{numerator}/{denominator} кворумы үшін комитетте бар мүшелерден көп адам керек болар еді: бірінші сан екіншісінен үлкен бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="85"/>
        <source>The quorum rule is empty. Write majority, fixed:N (for example fixed:25) or fraction:P/Q (for example fraction:2/3).</source>
        <translation>Кворум ережесі бос. majority, fixed:N (мысалы, fixed:25) немесе fraction:P/Q (мысалы, fraction:2/3) деп жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="93"/>
        <source>The majority quorum rule takes no number: write just majority (got “{text}”).</source>
        <translation>majority кворум ережесіне сан керек емес: жай ғана majority деп жазыңыз (жазылғаны: «{text}»).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="101"/>
        <source>The fixed quorum rule needs a number of members, for example fixed:25.</source>
        <translation>fixed кворум ережесіне мүшелер саны керек, мысалы fixed:25.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="107"/>
        <source>The fraction quorum rule needs a fraction of members, for example fraction:2/3 (got “{text}”).</source>
        <translation>fraction кворум ережесіне мүшелердің үлесі керек, мысалы fraction:2/3 (жазылғаны: «{text}»).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="161"/>
        <source>“{text}” is not a whole number; a quorum rule needs whole numbers such as fixed:25 or fraction:2/3.</source>
        <translation>«{text}» — бүтін сан емес; кворум ережесінде бүтін сандар керек, мысалы fixed:25 немесе fraction:2/3.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="184"/>
        <source>The numbers in a quorum rule must be at least 1 (got {number}).</source>
        <translation>Кворум ережесіндегі сандар кемінде 1 болуы керек (берілгені: {number}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="190"/>
        <source>The number {number} in the quorum rule is too large; it can be at most {limit}.</source>
        <translation>Кворум ережесіндегі {number} саны тым үлкен: ең көбі {limit} болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="198"/>
        <source>Unknown quorum rule “{text}”. Write majority, fixed:N (for example fixed:25) or fraction:P/Q (for example fraction:2/3).</source>
        <translation>Белгісіз кворум ережесі: «{text}». majority, fixed:N (мысалы, fixed:25) немесе fraction:P/Q (мысалы, fraction:2/3) деп жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="246"/>
        <source>Unknown majority rule “{rule}”. Choose a simple, absolute or two-thirds majority.</source>
        <translation>Белгісіз көпшілік түрі: «{rule}». Қарапайым көпшілікті, абсолют көпшілікті немесе үштен екіні таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="259"/>
        <source>The number of votes in favour cannot be negative (got {count}).</source>
        <translation>«Қолдайды» дауыстарының саны теріс бола алмайды (берілгені: {count}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="263"/>
        <source>The number of votes against cannot be negative (got {count}).</source>
        <translation>«Қарсы» дауыстарының саны теріс бола алмайды (берілгені: {count}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="267"/>
        <source>The number of abstentions cannot be negative (got {count}).</source>
        <translation>Қалыс қалғандар саны теріс бола алмайды (берілгені: {count}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="147"/>
        <source>The number of those entitled to take part cannot be negative (got {count}).</source>
        <translation>Қатысуға құқылылар саны теріс бола алмайды (көрсетілгені: {count}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="154"/>
        <location filename="../../committee_app/rules.py" line="255"/>
        <source>The number of those registered cannot be negative (got {count}).</source>
        <translation>Тіркелгендер саны теріс бола алмайды (көрсетілгені: {count}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="272"/>
        <source>{cast} votes were counted ({in_favour} in favour, {against} against, {abstain} abstaining), but only {registered} were registered at the assembly.</source>
        <translation>{cast} дауыс саналды («қолдайды» {in_favour}, «қарсы» {against}, «қалыс қалды» {abstain}), бірақ жиналыста тек {registered} адам тіркелді.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="353"/>
        <source>Unknown election rule “{quota}”. Choose most votes or more than half of those registered.</source>
        <translation>Белгісіз сайлау ережесі «{quota}». Ең көп дауысты немесе тіркелгендердің жартысынан көбін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="367"/>
        <source>An election must fill at least 1 seat (got {seats}).</source>
        <translation>Сайлауда кемінде 1 орын болуы керек (көрсетілгені {seats}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="371"/>
        <source>{seats} seats is too many; an election can fill at most {limit}.</source>
        <translation>{seats} орын тым көп; сайлауда ең көбі {limit} орын болады.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="379"/>
        <source>An election needs at least one candidate.</source>
        <translation>Сайлауға кемінде бір кандидат керек.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="383"/>
        <source>A candidate&apos;s votes must be a whole number (got “{count}”).</source>
        <translation>Кандидаттың дауыстары бүтін сан болуы керек (көрсетілгені «{count}»).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="389"/>
        <source>A candidate&apos;s votes cannot be negative (got {count}).</source>
        <translation>Кандидаттың дауыстары теріс бола алмайды (көрсетілгені {count}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="393"/>
        <source>A candidate got {count} votes, but only {registered} were registered, and each can vote for a candidate only once.</source>
        <translation>Кандидат {count} дауыс алды, бірақ тек {registered} адам тіркелді, ал әркім кандидатқа бір-ақ рет дауыс бере алады.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="402"/>
        <source>The number of valid ballots must be a whole number (got “{count}”).</source>
        <translation>Жарамды бюллетеньдер саны бүтін сан болуы керек (көрсетілгені «{count}»).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="408"/>
        <source>The number of valid ballots cannot be negative (got {count}).</source>
        <translation>Жарамды бюллетеньдер саны теріс бола алмайды (көрсетілгені {count}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="412"/>
        <source>{ballots} valid ballots were counted, but only {registered} were registered.</source>
        <translation>{ballots} жарамды бюллетень саналды, бірақ тек {registered} адам тіркелді.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="419"/>
        <source>A candidate got {count} votes, but only {ballots} ballots were valid, and a ballot names a candidate only once.</source>
        <translation>Кандидат {count} дауыс алды, бірақ жарамды бюллетень тек {ballots}, ал бюллетеньде кандидат бір-ақ рет аталады.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="427"/>
        <source>{total} votes were counted in all, but {ballots} valid ballots naming at most {seats} candidates each hold at most {most} votes.</source>
        <translation>Барлығы {total} дауыс саналды, бірақ әрқайсысында ең көбі {seats} кандидат бар {ballots} жарамды бюллетень ең көбі {most} дауыс береді.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="524"/>
        <source>proposed</source>
        <translation>ұсынылды</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="526"/>
        <source>adopted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="528"/>
        <source>presented</source>
        <translation>тапсырылды</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="530"/>
        <source>under negotiation</source>
        <translation>келіссөз үстінде</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="532"/>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="534"/>
        <source>withdrawn</source>
        <translation>кері алынды</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="536"/>
        <source>met</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="538"/>
        <source>partially met</source>
        <translation>ішінара орындалды</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="539"/>
        <source>refused</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="552"/>
        <source>This demand is already {status}.</source>
        <translation>Бұл талаптың күйі қазірдің өзінде «{status}».</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="558"/>
        <source>This demand is {current}, which is final: it cannot be marked {wanted}.</source>
        <translation>Талаптың күйі — «{current}», бұл соңғы күй: оны «{wanted}» деп белгілеуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="563"/>
        <source>A demand that is {current} cannot be marked {wanted}.</source>
        <translation>Күйі «{current}» болған талапты «{wanted}» деп белгілеуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="574"/>
        <source>Unknown demand status “{status}”.</source>
        <translation>Талаптың белгісіз күйі: «{status}».</translation>
    </message>
</context>
<context>
    <name>shipped_files</name>
    <message>
        <location filename="../../committee_app/i18n.py" line="87"/>
        <source>This installation of Committee Desk is incomplete: {file} cannot be read. Install the app again from its package or bundle; your records are not affected.</source>
        <translation>Committee Desk орнатылымы толық емес: {file} файлы оқылмайды. Қолданбаны бумасынан немесе жинағынан қайта орнатыңыз; жазбаларыңызға бұл әсер етпейді.</translation>
    </message>
    <message>
        <location filename="../../committee_app/shipped_files.py" line="51"/>
        <source>This installation of Committee Desk is incomplete: {file} is missing. Install the app again from its package or bundle; your records are not affected.</source>
        <translation>Committee Desk орнатылымы толық емес: {file} файлы жоқ. Қолданбаны бумасынан немесе жинағынан қайта орнатыңыз; жазбаларыңызға бұл әсер етпейді.</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../../committee_app/passphrases.py" line="22"/>
        <source>The passphrase cannot be empty.</source>
        <translation>Құпия сөз бос болмауы керек.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="122"/>
        <source>The store file {path} is missing, but its key files are there. Was it moved?</source>
        <translation>{path} қойма файлы жоқ, бірақ оның кілт файлдары орнында. Ол басқа жерге жылжытылған жоқ па?</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="124"/>
        <source>There is no store at {path}. Create one first.</source>
        <translation>{path} қоймасы жоқ. Алдымен оны жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="127"/>
        <source>{path} is a folder, not a store file.</source>
        <translation>{path} — қалта, қойма файлы емес.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="135"/>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} оқылмайды ({reason}).</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="138"/>
        <source>{path} is an empty file, not a store.</source>
        <translation>{path} — бос файл, қойма емес.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="141"/>
        <source>{path} is an ordinary, unencrypted SQLite database, not a Committee Desk store.</source>
        <translation>{path} — қарапайым, шифрланбаған SQLite дерекқоры, Committee Desk қоймасы емес.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="147"/>
        <source>{path} is not a Committee Desk store: there are no key files (.key1, .key2) beside it.</source>
        <translation>{path} — Committee Desk қоймасы емес: оның жанында кілт файлдары (.key1, .key2) жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="154"/>
        <source>{path} is not an ordinary file (a named pipe, a device or a socket), so it cannot be a store file.</source>
        <translation>{path} — кәдімгі файл емес (аталған арна, құрылғы немесе сокет), сондықтан ол қойма файлы бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="168"/>
        <source>{path} is a folder; choose a file name for the store.</source>
        <translation>{path} — қалта; қойма үшін файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="173"/>
        <source>A store already exists at {path}; it was left untouched.</source>
        <translation>{path} қоймасы бұрыннан бар; ол өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="179"/>
        <source>The store {path} is damaged: the passphrase is right, but the file cannot be read whole. Restore it from a backup. The file was left as it is.</source>
        <translation>{path} қоймасы бүлінген: құпия сөз дұрыс, бірақ файлды толық оқу мүмкін емес. Қойманы сақтық көшірмеден қалпына келтіріңіз. Файлдың өзі сол күйінде қалдырылды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="222"/>
        <source>The store {path} was made by a newer version of Committee Desk. Install that version to open it; the store was not changed.</source>
        <translation>{path} қоймасы Committee Desk бағдарламасының жаңарақ нұсқасында жасалған. Оны ашу үшін сол нұсқаны орнатыңыз; қойма өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="273"/>
        <source>The disk is full: the last change was not saved. Free some space and try again.</source>
        <translation>Диск толы: соңғы өзгеріс сақталмады. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="281"/>
        <source>The store {path} is on a read-only disk or folder and cannot be opened there: it was not closed properly, and finishing that needs to write beside it. Make the disk writable (a memory card&apos;s lock switch), or copy the store with all its files to a writable folder.</source>
        <translation>{path} қоймасы тек оқуға арналған дискіде немесе қалтада тұр, сондықтан онда ашыла алмайды: ол дұрыс жабылмаған, ал мұны аяқтау үшін оның жанына жазу керек. Дискіге жазуға рұқсат беріңіз (жад картасындағы қорғау ауыстырғышы) немесе қойманы барлық файлдарымен бірге жазуға болатын қалтаға көшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="292"/>
        <source>The disk holding the store is full or nearly full: the store needs some free space beside it, even to be read. Free some space and try again; the last change, if any, was not saved.</source>
        <translation>Қойма тұрған диск толып қалған немесе толуға жақын: қойманы оқу үшін де оның жанында аздап бос орын керек. Орын босатып, қайталап көріңіз; соңғы өзгеріс, егер болса, сақталмады.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="300"/>
        <source>The disk holding the store could not be read or written (was it removed?). The last change was not saved.</source>
        <translation>Қойма тұрған дискіні оқу немесе оған жазу мүмкін болмады (ол ажыратылған жоқ па?). Соңғы өзгеріс сақталмады.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="275"/>
        <location filename="../../committee_app/store.py" line="289"/>
        <source>The store is on a read-only disk or folder: the last change was not saved.</source>
        <translation>Қойма тек оқуға арналған дискіде немесе қалтада тұр: соңғы өзгеріс сақталмады.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="303"/>
        <source>The disk holding the store reported an error while reading or writing it: it may be failing. The last change was not saved; make a backup on another disk.</source>
        <translation>Қойма тұрған диск оқу немесе жазу кезінде қате туралы хабарлады: ол істен шығып бара жатқан болуы мүмкін. Соңғы өзгеріс сақталмады; басқа дискіге сақтық көшірме жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="345"/>
        <source>Warning: one key file was damaged or missing; it was rewritten from the intact copy. Damage like this can mean the disk is failing: make a backup.</source>
        <translation>Назар аударыңыз: кілт файлдарының бірі бүлінген немесе жоқ болып шықты; ол бүтін көшірмеден қайта жазылды. Мұндай бүліну диск істен шығып бара жатқанын білдіруі мүмкін: сақтық көшірме жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="351"/>
        <source>Warning: one key file beside the store belonged to another store; it was replaced with a copy of this store&apos;s own. Keep each store&apos;s .key1 and .key2 files beside it.</source>
        <translation>Назар аударыңыз: қойма жанындағы кілт файлдарының бірі басқа қоймаға тиесілі болып шықты; ол осы қойманың өз кілтінің көшірмесімен алмастырылды. Әр қойманың .key1 және .key2 файлдарын өз жанында ұстаңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="357"/>
        <source>The last passphrase change had not finished (was the computer switched off?); it is finished now: the new passphrase is in use.</source>
        <translation>Құпия сөзді соңғы ауыстыру аяқталмай қалған екен (компьютер сөніп қалды ма?); енді ол аяқталды: жаңа құпия сөз қолданыста.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="363"/>
        <source>The last passphrase change had not finished (was the computer switched off?), and the store was opened with the old passphrase, which stays in use. Change the passphrase again if it is still needed.</source>
        <translation>Құпия сөзді соңғы ауыстыру аяқталмай қалған екен (компьютер сөніп қалды ма?), ал қойма ескі құпия сөзбен ашылды — сол күшінде қалады. Ауыстыру әлі де керек болса, құпия сөзді қайта ауыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="411"/>
        <source>The store is locked. Unlock it to continue.</source>
        <translation>Қойма құлыпталған. Жалғастыру үшін оның құлпын ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="479"/>
        <source>The beginning of the store {path} is damaged: the passphrase is right and the key files are its own, but the file&apos;s first bytes have changed. Restore it from a backup. The file was left as it is.</source>
        <translation>{path} қоймасының басы бүлінген: құпия сөз дұрыс, кілт файлдары да өзінікі, бірақ файлдың алғашқы байттары өзгерген. Оны сақтық көшірмеден қалпына келтіріңіз. Файл сол күйінде қалдырылды.</translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="487"/>
        <source>The key files beside {path} belong to a different store: the passphrase opened them, but they do not fit this file. Put each store&apos;s .key1 and .key2 files back beside it.</source>
        <translation>{path} жанындағы кілт файлдары басқа қоймаға тиесілі: құпия сөз оларды ашты, бірақ олар бұл файлға сәйкес келмейді. Әр қойманың .key1 және .key2 файлдарын өз жанына қайтарып қойыңыз.</translation>
    </message>
</context>
<context>
    <name>wipe</name>
    <message>
        <location filename="../../committee_app/wipe.py" line="56"/>
        <source>Key files (destroyed first: the records are unreadable from then on)</source>
        <translation>Кілт файлдары (алдымен жойылады: содан кейін жазбаларды оқу мүмкін емес)</translation>
    </message>
    <message>
        <location filename="../../committee_app/wipe.py" line="57"/>
        <source>The records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../committee_app/wipe.py" line="58"/>
        <source>Temporary files</source>
        <translation>Уақытша файлдар</translation>
    </message>
    <message>
        <location filename="../../committee_app/wipe.py" line="59"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../committee_app/wipe.py" line="60"/>
        <source>Recent folders</source>
        <translation>Соңғы қалталар</translation>
    </message>
    <message>
        <location filename="../../committee_app/wipe.py" line="61"/>
        <source>Logs</source>
        <translation>Журналдар</translation>
    </message>
    <message>
        <location filename="../../committee_app/wipe.py" line="129"/>
        <source>{path} is a folder, not a store file. Nothing was deleted.</source>
        <translation>{path} — қойма файлы емес, қалта. Ештеңе өшірілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../committee_app/wipe.py" line="132"/>
        <source>{path} does not look like a Committee Desk store. Nothing was deleted.</source>
        <translation>{path} Committee Desk қоймасына ұқсамайды. Ештеңе өшірілген жоқ.</translation>
    </message>
</context>
</TS>
