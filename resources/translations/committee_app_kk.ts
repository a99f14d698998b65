<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name></name>
    <message>
        <location filename="../../ui/error_reporting.py" line="26"/>
        <source>Sorry, something went wrong inside Committee Desk. Each change is saved whole or not at all, so nothing was half-saved. Details for the developers are in the log: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_reporting.py" line="33"/>
        <location filename="../../ui/error_reporting.py" line="36"/>
        <source>Committee Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionItemDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="36"/>
        <source>New action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="39"/>
        <source>— nobody yet —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="42"/>
        <source>D&amp;ue by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="52"/>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="53"/>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="64"/>
        <source>Write what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_item_dialog.py" line="66"/>
        <source>The task is too long: {length} characters, at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsTableModel</name>
    <message>
        <location filename="../../ui/models/actions_model.py" line="86"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions_model.py" line="86"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions_model.py" line="86"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions_model.py" line="86"/>
        <source>Assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions_model.py" line="86"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions_model.py" line="116"/>
        <source>No. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions_model.py" line="122"/>
        <source>Overdue since yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions_model.py" line="123"/>
        <source>Overdue by {count} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../ui/views/actions_view.py" line="46"/>
        <location filename="../../ui/views/actions_view.py" line="75"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="52"/>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="53"/>
        <source>The selected task is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="54"/>
        <source>Mark d&amp;ropped…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="55"/>
        <source>The selected task will not be done; it stays in the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="56"/>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="57"/>
        <source>Put a task marked done or dropped back on the open list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="68"/>
        <source>Show done and drop&amp;ped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="73"/>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="141"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="145"/>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="179"/>
        <source>Drop the task “{task}”? It stays in the records, marked dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_view.py" line="180"/>
        <source>Drop the task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdoptDemandDialog</name>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="131"/>
        <source>Adopt a demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="132"/>
        <source>Adopted by the vote: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="148"/>
        <source>&amp;Demand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="149"/>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="150"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="160"/>
        <source>Write the demand in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="163"/>
        <source>The text is too long: {length} characters, at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="40"/>
        <source>New agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="40"/>
        <source>Edit agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="45"/>
        <source>— not a member —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="51"/>
        <source>A guest, a lawyer, a delegate from another site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="53"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="59"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="60"/>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="61"/>
        <source>&amp;Presenter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="62"/>
        <source>&amp;Outside presenter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="63"/>
        <source>Planned &amp;minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="78"/>
        <source>Give the item a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agenda_item_dialog.py" line="81"/>
        <source>The details are too long: {length} characters, at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="101"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="101"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="101"/>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="101"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="101"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssembliesView</name>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="63"/>
        <location filename="../../ui/views/assemblies_view.py" line="88"/>
        <source>Assemblies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="69"/>
        <source>&amp;New assembly…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="70"/>
        <source>Plan an assembly, starting from an earlier agenda if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="71"/>
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="72"/>
        <source>Number, kind, date and time, place, chair, secretary, quorum rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="73"/>
        <source>Mark as &amp;held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="74"/>
        <source>The assembly took place; its minutes become a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="75"/>
        <source>Mark as &amp;cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="76"/>
        <source>Mark as &amp;planned again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="110"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="111"/>
        <source>&amp;Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="112"/>
        <source>&amp;Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="113"/>
        <source>No assembly is chosen. Plan one with “New assembly” (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="207"/>
        <source>This assembly is held: its minutes are a record. Changes are asked about first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="209"/>
        <source>This assembly was cancelled. Changes are asked about first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="299"/>
        <source>Mark assembly No. {number} as held? Its minutes then become a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="304"/>
        <source>Quorum was not reached: {missing} more members were needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="307"/>
        <source>Mark as held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="315"/>
        <source>Mark assembly No. {number} as cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="315"/>
        <source>Mark as cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="321"/>
        <source>Mark assembly No. {number} as planned again? Its minutes can then be changed without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assemblies_view.py" line="322"/>
        <source>Mark as planned again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssemblyActionItemsModel</name>
    <message>
        <location filename="../../ui/models/assembly_action_items_model.py" line="54"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_action_items_model.py" line="54"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_action_items_model.py" line="54"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_action_items_model.py" line="54"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssemblyDialog</name>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="88"/>
        <source>New assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="88"/>
        <source>Assembly details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="101"/>
        <source>— nobody chosen —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="105"/>
        <source>More than half of active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="106"/>
        <source>A fixed number of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="107"/>
        <source>A fraction of active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="110"/>
        <source>Cop&amp;y the agenda of assembly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="122"/>
        <source>&amp;Quorum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="125"/>
        <source>Protocol &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="126"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="127"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="128"/>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="129"/>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="130"/>
        <source>&amp;Chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="131"/>
        <source>S&amp;ecretary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="158"/>
        <source>No. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="182"/>
        <source>Protocol number {number} is already used by another assembly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssemblyEditing</name>
    <message>
        <location filename="../../ui/views/assembly_editing.py" line="45"/>
        <source>This assembly is held; its minutes are a record. Change it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_editing.py" line="47"/>
        <source>This assembly was cancelled. Change it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_editing.py" line="48"/>
        <source>Change a record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssemblyFormatting</name>
    <message>
        <location filename="../../ui/models/assembly_formatting.py" line="33"/>
        <source>At least {count} members present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_formatting.py" line="35"/>
        <source>At least {numerator}/{denominator} of active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_formatting.py" line="38"/>
        <source>More than half of active members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssemblyListModel</name>
    <message>
        <location filename="../../ui/models/assembly_list_model.py" line="69"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_list_model.py" line="69"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_list_model.py" line="69"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_list_model.py" line="69"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assembly_list_model.py" line="69"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="86"/>
        <source>Not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="108"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="108"/>
        <source>Workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="108"/>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="58"/>
        <source>&amp;Present / not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="60"/>
        <source>Tick or untick the selected members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="61"/>
        <source>&amp;Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="62"/>
        <source>A&amp;bsent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="63"/>
        <source>&amp;Not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="64"/>
        <source>Mark &amp;all present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="65"/>
        <source>Mark every member in the list present (only those found, while searching)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="66"/>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="67"/>
        <source>Forget the marks of every member in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="68"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="80"/>
        <source>Name, phone, workplace or shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="81"/>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="84"/>
        <source>&amp;Guests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="93"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="154"/>
        <source>Quorum reached: {present} of {required} needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="158"/>
        <source>Missing {missing} for quorum: {present} of {required} needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="164"/>
        <source>Present: {present}, guests: {guests}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="198"/>
        <source>Forget whether the {count} members listed were present?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_attendance.py" line="199"/>
        <source>Clear attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <location filename="../../ui/views/backups_view.py" line="22"/>
        <source>Export writes every record to one JSON file: the committee&apos;s own portable copy. The file is NOT encrypted: keep it only on a disk you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="27"/>
        <source>&amp;Export all records as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="36"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="39"/>
        <source>The encrypted store: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="47"/>
        <location filename="../../ui/views/backups_view.py" line="54"/>
        <location filename="../../ui/views/backups_view.py" line="63"/>
        <source>Export all records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="48"/>
        <source>The exported file holds every name and phone number unencrypted. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="61"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backups_view.py" line="63"/>
        <source>Every record was written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="226"/>
        <source>Unresolved items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="229"/>
        <source>These items of assembly No. {number} were left unresolved (no decision, or every vote failed). Ticked items are added to the new agenda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="240"/>
        <source>&amp;Add ticked items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assembly_dialog.py" line="241"/>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="11"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="20"/>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="31"/>
        <source>Type the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="37"/>
        <source>Your committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="38"/>
        <source>Committee Desk keeps the committee&apos;s records encrypted on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="49"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="50"/>
        <source>Committee &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="51"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemandDialog</name>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="82"/>
        <source>New demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="82"/>
        <source>Edit demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="92"/>
        <source>Demands with a lower number come first in the list and on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="95"/>
        <source>The employer, the akimat, a ministry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="101"/>
        <source>&amp;Demand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="102"/>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="103"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="104"/>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="105"/>
        <source>&amp;Addressed to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="116"/>
        <source>Write the demand in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="119"/>
        <source>The text is too long: {length} characters, at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemandHistoryModel</name>
    <message>
        <location filename="../../ui/models/demands_model.py" line="278"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="278"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="278"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="294"/>
        <source>{before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemandStatusDialog</name>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="30"/>
        <source>Change the demand&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="38"/>
        <source>Choose the vote that adopted it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="41"/>
        <source>Adopted without a recorded vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="43"/>
        <source>No carried vote is recorded yet. Record the vote in its assembly first, or adopt without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="47"/>
        <source>Why, who decided, what was said: kept in the demand&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="56"/>
        <source>Status now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="57"/>
        <source>&amp;New status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="58"/>
        <source>Adopted by &amp;vote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="60"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="75"/>
        <source>No. {number}: {question} ({counts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="78"/>
        <source>No. {number}, {date}: {question} ({counts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="88"/>
        <source>Choose the vote that adopted the demand, or that it was adopted without a recorded vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_status_dialog.py" line="97"/>
        <source>“{status}” is final: the demand&apos;s status cannot change after this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemandsTableModel</name>
    <message>
        <location filename="../../ui/models/demands_model.py" line="93"/>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="94"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="95"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="96"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="97"/>
        <source>Adopted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="98"/>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="99"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="168"/>
        <source>No. {number} ({votes_for}–{votes_against}–{votes_abstain})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="174"/>
        <source>No. {number}, {date} ({votes_for}–{votes_against}–{votes_abstain})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="184"/>
        <source>Adopted by assembly No. {number}: “{question}” — {votes_for} for, {votes_against} against, {votes_abstain} abstained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="208"/>
        <source>Deadline passed {count} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="210"/>
        <source>Deadline passed yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="212"/>
        <source>Deadline is today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="214"/>
        <source>Deadline is tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/demands_model.py" line="215"/>
        <source>Deadline in {count} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemandsView</name>
    <message>
        <location filename="../../ui/views/demands_view.py" line="58"/>
        <location filename="../../ui/views/demands_view.py" line="89"/>
        <source>Demands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="64"/>
        <source>&amp;New demand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="65"/>
        <source>Write down a demand proposed to the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="66"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="67"/>
        <source>Change the wording, category, priority or addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="68"/>
        <source>Edit &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="69"/>
        <source>To whom and when it was presented, the deadline given, the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="70"/>
        <source>Change &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="82"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="83"/>
        <source>In progress (proposed, adopted, partially met)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="84"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="87"/>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="132"/>
        <source>Addressed to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="133"/>
        <source>Presented on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="134"/>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="135"/>
        <source>Response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="153"/>
        <source>H&amp;istory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="231"/>
        <source>{status} · {category} · adopted by {vote}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="235"/>
        <source>{status} · {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="242"/>
        <source>{date} ({warning})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="258"/>
        <source>This demand is {status}, which is final: its status cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/demands_view.py" line="262"/>
        <source>Move the selected demand on: adopted, met, refused…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="75"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="76"/>
        <source>Fill with &amp;demo records to try things out (they can be deleted later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="78"/>
        <source>Without demo records the committee starts empty: add members, then plan the first assembly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../ui/app.py" line="98"/>
        <source>Creating the encrypted store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="145"/>
        <source>The records were locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="147"/>
        <source>Edits that were open in a dialog were discarded; nothing was half-saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="206"/>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="207"/>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="92"/>
        <source>Committee Desk — first start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="168"/>
        <source>Follow-up of the demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="172"/>
        <source>The employer, the akimat, a ministry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="173"/>
        <source>&amp;Presented on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="174"/>
        <source>&amp;Deadline given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="175"/>
        <source>The date by which an answer was demanded, as in an ultimatum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="184"/>
        <source>&amp;Addressed to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="187"/>
        <source>&amp;Response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="204"/>
        <source>The deadline cannot be before the day the demand was presented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demand_dialog.py" line="207"/>
        <source>The response is too long: {length} characters, at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="31"/>
        <source>Committee Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>Close the records and ask for the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>&amp;About Committee Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>About Committee Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>Committee Desk {version}

Records of a workers&apos; action committee, encrypted on this computer. It never uses the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="38"/>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="38"/>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="50"/>
        <source>&amp;Joined on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="51"/>
        <source>Tick when the date the member joined is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="71"/>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="72"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="73"/>
        <source>&amp;Workplace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="74"/>
        <source>&amp;Shop or department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="75"/>
        <source>&amp;Occupation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="79"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="80"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="82"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <location filename="../../ui/views/members_view.py" line="67"/>
        <location filename="../../ui/views/members_view.py" line="100"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="73"/>
        <source>&amp;New member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="74"/>
        <source>Add a member to the committee&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="76"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="80"/>
        <source>Change the selected member&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="81"/>
        <source>Mark as &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="82"/>
        <source>The member left the committee; their history stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="83"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="86"/>
        <source>Delete the selected member; one with history in the records is marked as left instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="88"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="89"/>
        <source>Search by name, phone, workplace or shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="107"/>
        <source>Name, phone, workplace or shop (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="108"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="110"/>
        <source>Show members who &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/members_view.py" line="231"/>
        <source>{shown} of %Ln member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/members_view.py" line="234"/>
        <source>%Ln member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/members_view.py" line="237"/>
        <source>%Ln member(s) who left are hidden</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="308"/>
        <source>Delete member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/members_view.py" line="310"/>
        <source>Delete {name} from the records? A member who chaired, attended or was assigned work is kept and marked as having left, so the minutes stay whole.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesPage</name>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="67"/>
        <source>&amp;Save the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="68"/>
        <source>The minutes are also saved when you leave a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="69"/>
        <source>Record &amp;vote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="70"/>
        <source>Adopt &amp;demand from this vote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="71"/>
        <source>Write a demand that the selected, carried vote adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="72"/>
        <source>Add action &amp;item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="90"/>
        <source>Agenda &amp;items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="104"/>
        <source>&amp;Heard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="104"/>
        <source>S&amp;poke:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="104"/>
        <source>&amp;Resolved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="111"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="118"/>
        <source>Vo&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_minutes.py" line="121"/>
        <source>Action items:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="37"/>
        <source>Write the passphrase down and keep it apart from the laptop. If it is forgotten, nobody can recover the records: not you, not us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="43"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="44"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="45"/>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="58"/>
        <source>Type a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="60"/>
        <source>Use at least {count} characters; a few unrelated words are best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="62"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="68"/>
        <source>too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="68"/>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="68"/>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="68"/>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_fields.py" line="68"/>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="61"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="62"/>
        <source>The passphrase opens the records. It is asked at every start and after the screen locks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="52"/>
        <source>&amp;Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="53"/>
        <source>Add an item at the end of the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="54"/>
        <source>&amp;Edit item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="55"/>
        <source>&amp;Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="56"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="57"/>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="59"/>
        <source>Change the order of the agenda (dragging an item works too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="77"/>
        <source>Protocol number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="78"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="79"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="80"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="82"/>
        <source>Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="83"/>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="84"/>
        <source>Chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="85"/>
        <source>Secretary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="86"/>
        <source>Quorum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="93"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="116"/>
        <source>A&amp;genda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="187"/>
        <source>The agenda is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="191"/>
        <source>Planned: {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="194"/>
        <source>Planned: {minutes} min, until about {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="245"/>
        <source>Remove “{title}” from the agenda? Its minutes and votes are removed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/assembly_plan.py" line="248"/>
        <source>Remove agenda item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="19"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="25"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="30"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="31"/>
        <source>&amp;Lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="27"/>
        <source>Committee Desk — unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="31"/>
        <source>&amp;Passphrase of the committee&apos;s records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="39"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="40"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="51"/>
        <source>Type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="57"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="73"/>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="45"/>
        <source>Record a vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="55"/>
        <source>Members present: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="62"/>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="63"/>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="64"/>
        <source>&amp;Against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="65"/>
        <source>A&amp;bstained:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="66"/>
        <source>&amp;Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="68"/>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/vote_dialog.py" line="100"/>
        <source>Write the question put to the vote.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotesModel</name>
    <message>
        <location filename="../../ui/models/votes_model.py" line="69"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="70"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="71"/>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="72"/>
        <source>Abstained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="73"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="74"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="75"/>
        <source>Demands adopted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../committee_app/services/actions.py" line="16"/>
        <source>This action item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/actions.py" line="27"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/actions.py" line="28"/>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/actions.py" line="31"/>
        <source>The member chosen no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/actions.py" line="33"/>
        <source>This agenda item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/actions.py" line="41"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assemblies</name>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="23"/>
        <source>This assembly no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="27"/>
        <source>This agenda item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="31"/>
        <source>The member chosen no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="39"/>
        <source>The protocol number must be a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="42"/>
        <source>Kind of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="44"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="46"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="48"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="51"/>
        <source>The start must be a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="60"/>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="62"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="69"/>
        <source>Protocol number {number} is already used by another assembly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="110"/>
        <source>There is no assembly with protocol number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="126"/>
        <source>Item title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="132"/>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="134"/>
        <source>Planned minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="136"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="192"/>
        <source>This item cannot be removed: its vote adopted the demand “{demand}”, and that record must stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="210"/>
        <location filename="../../committee_app/services/assemblies.py" line="471"/>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="266"/>
        <source>Question put to the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="267"/>
        <source>Majority rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="296"/>
        <source>A cancelled assembly cannot be marked as held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="538"/>
        <source>This vote no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="540"/>
        <source>This vote did not carry, so it cannot adopt a demand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/assemblies.py" line="546"/>
        <source>Adopted by the vote “{question}” of assembly No. {number}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atomic</name>
    <message>
        <location filename="../../committee_app/atomic.py" line="31"/>
        <source>The disk is full: {path} could not be written. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/atomic.py" line="33"/>
        <source>No permission to write {path}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/atomic.py" line="35"/>
        <source>The folder of {path} does not exist (was the disk removed?). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/atomic.py" line="37"/>
        <source>{path} could not be written ({reason}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/atomic.py" line="51"/>
        <source>{path} is not an ordinary file (a folder, a link or a device); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/atomic.py" line="82"/>
        <source>{path} was written, but the disk did not confirm it is stored safely ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../committee_app/cli.py" line="23"/>
        <source>Committee Desk: the encrypted records of a workers&apos; action committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="26"/>
        <source>the store file (default: the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="28"/>
        <source>read the passphrase from this file instead of asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="32"/>
        <source>create a new, empty store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="33"/>
        <source>the committee&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="38"/>
        <source>the kind of committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="40"/>
        <source>town or district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="41"/>
        <source>the enterprise, for a workplace committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="46"/>
        <source>the language of printed documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="49"/>
        <source>create (or replace) a store filled with demo records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="50"/>
        <source>do not open the desktop window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="51"/>
        <source>replace an existing demo store without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="53"/>
        <source>list or add members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="55"/>
        <source>list members, optionally only those matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="56"/>
        <source>any part of name, phone, workplace or unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="58"/>
        <source>only members with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="60"/>
        <source>add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="61"/>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="62"/>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="63"/>
        <source>where the member works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="64"/>
        <source>shop or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="65"/>
        <source>trade or job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="70"/>
        <source>role in the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="73"/>
        <source>write every record as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="74"/>
        <source>the file to write (default: standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="76"/>
        <source>verify the store&apos;s integrity and encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="78"/>
        <source>change the store&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="80"/>
        <source>read the new passphrase from this file instead of asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="100"/>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="108"/>
        <source>Warning: one key file was damaged or missing; it was rewritten from the intact copy. Damage like this can mean the disk is failing: make a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="122"/>
        <location filename="../../committee_app/cli.py" line="265"/>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="130"/>
        <source>Created the store {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="131"/>
        <source>Keep the passphrase safe: if it is forgotten, the records cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="151"/>
        <source>A demo store already exists at {path}. Replace it with a fresh one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="154"/>
        <source>The store at {path} was kept. To replace it, answer yes or add --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="157"/>
        <source>Passphrase for the demo store: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="160"/>
        <source>Creating the demo store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="162"/>
        <source>Created the demo store {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="175"/>
        <source>The desktop application is not installed; the commands work (committee-app --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="188"/>
        <source>the standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="206"/>
        <source>Added member no. {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="216"/>
        <source>{count} member(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="229"/>
        <source>Wrote every record to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="241"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="241"/>
        <source>PROBLEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="242"/>
        <source>Database integrity: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="245"/>
        <source>Encryption (page authentication): {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="246"/>
        <source>Key files intact: {count} of 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="249"/>
        <source>Holds {members} members, {assemblies} assemblies, {demands} demands, {actions} action items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="254"/>
        <source>The store has problems: make a backup of what can be read and restore from a good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="270"/>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="272"/>
        <source>Any earlier copy of the key files (.key1, .key2) still opens the store with the old passphrase: destroy such copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="308"/>
        <source>Stopped. Nothing was half-written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="312"/>
        <source>(the log could not be written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/cli.py" line="314"/>
        <source>Sorry, something went wrong inside Committee Desk. Details are in the log: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>demands</name>
    <message>
        <location filename="../../committee_app/services/demands.py" line="22"/>
        <source>This demand no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="29"/>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="31"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="33"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="35"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="37"/>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="39"/>
        <source>Presented on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="41"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="74"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="75"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="82"/>
        <source>The vote chosen no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/demands.py" line="84"/>
        <source>The vote chosen did not carry, so it cannot adopt a demand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../committee_app/demo.py" line="131"/>
        <source>{path} holds a store that is not a demo; the demo never replaces real records. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../committee_app/services/fields.py" line="25"/>
        <source>{field} contains an invisible control character (such as a tab or line break).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/fields.py" line="30"/>
        <source>{field} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/fields.py" line="33"/>
        <source>{field} is too long: {length} characters, at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/fields.py" line="43"/>
        <source>{field} must be a whole number from 0 to {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/fields.py" line="55"/>
        <source>{field} cannot be “{value}”; choose one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/fields.py" line="71"/>
        <source>{field} must be a date written as YYYY-MM-DD, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyslot</name>
    <message>
        <location filename="../../committee_app/keyslot.py" line="122"/>
        <source>The store&apos;s key file is damaged, and so is its spare copy. The store cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/keyslot.py" line="208"/>
        <source>The store&apos;s key files cannot be read: this user has no permission to read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/keyslot.py" line="217"/>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../committee_app/labels.py" line="30"/>
        <source>Workplace committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="31"/>
        <source>Territorial committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="32"/>
        <location filename="../../committee_app/labels.py" line="44"/>
        <source>Council of delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="33"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="34"/>
        <source>Deputy chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="35"/>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="36"/>
        <source>Treasurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="37"/>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="38"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="39"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="40"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="41"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="42"/>
        <source>General assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="43"/>
        <source>Committee meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="45"/>
        <source>Rally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="46"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="47"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="48"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="49"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="50"/>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="51"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="52"/>
        <source>Simple majority (for &gt; against)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="53"/>
        <source>Absolute majority (for &gt; half of those present)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="54"/>
        <source>Two thirds of votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="55"/>
        <source>Carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="56"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="57"/>
        <source>Wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="58"/>
        <source>Working conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="59"/>
        <source>Union rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="60"/>
        <source>Political</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="61"/>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="62"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="63"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="64"/>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="65"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="66"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="67"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="68"/>
        <source>Partially met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="69"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="70"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="71"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/labels.py" line="72"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <location filename="../../committee_app/services/members.py" line="36"/>
        <source>This member no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="41"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="42"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="43"/>
        <source>Workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="44"/>
        <source>Shop or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="45"/>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="46"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="47"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="48"/>
        <source>Joined on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="49"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="102"/>
        <source>Every member needs a full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/members.py" line="164"/>
        <source>This member chaired, attended or was assigned work, so the records keep them: they were marked as having left instead of being deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passphrases</name>
    <message>
        <location filename="../../committee_app/passphrases.py" line="21"/>
        <source>The passphrase file {path} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="26"/>
        <source>{path} is too large to be a passphrase file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="30"/>
        <source>The passphrase file {path} is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="47"/>
        <source>No passphrase was given: use --passphrase-file FILE, COMMITTEE_APP_PASSPHRASE, or type it when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="60"/>
        <source>Type the passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/passphrases.py" line="62"/>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="../../committee_app/services/profile.py" line="15"/>
        <source>Committee name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/profile.py" line="16"/>
        <source>Kind of committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/profile.py" line="17"/>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/profile.py" line="18"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/services/profile.py" line="19"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../committee_app/rules.py" line="46"/>
        <source>A quorum of {numerator}/{denominator} would need more members than the committee has: the first number cannot be larger than the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="78"/>
        <source>The quorum rule is empty. Write majority, fixed:N (for example fixed:25) or fraction:P/Q (for example fraction:2/3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="86"/>
        <source>The majority quorum rule takes no number: write just majority (got “{text}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="94"/>
        <source>The fixed quorum rule needs a number of members, for example fixed:25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="100"/>
        <source>The fraction quorum rule needs a fraction of members, for example fraction:2/3 (got “{text}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="129"/>
        <location filename="../../committee_app/rules.py" line="234"/>
        <source>The number of members present cannot be negative (got {present}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="141"/>
        <source>The number of active members cannot be negative (got {count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="148"/>
        <source>“{text}” is not a whole number; a quorum rule needs whole numbers such as fixed:25 or fraction:2/3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="171"/>
        <source>The numbers in a quorum rule must be at least 1 (got {number}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="177"/>
        <source>The number {number} in the quorum rule is too large; it can be at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="185"/>
        <source>Unknown quorum rule “{text}”. Write majority, fixed:N (for example fixed:25) or fraction:P/Q (for example fraction:2/3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="225"/>
        <source>Unknown majority rule “{rule}”. Choose a simple, absolute or two-thirds majority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="238"/>
        <source>The number of votes in favour cannot be negative (got {count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="242"/>
        <source>The number of votes against cannot be negative (got {count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="246"/>
        <source>The number of abstentions cannot be negative (got {count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="251"/>
        <source>{cast} votes were counted ({in_favour} in favour, {against} against, {abstain} abstaining), but only {present} members were present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="294"/>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="296"/>
        <source>adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="298"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="300"/>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="302"/>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="304"/>
        <source>partially met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="305"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="318"/>
        <source>This demand is already {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="324"/>
        <source>This demand is {current}, which is final: it cannot be marked {wanted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="329"/>
        <source>A demand that is {current} cannot be marked {wanted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/rules.py" line="340"/>
        <source>Unknown demand status “{status}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../../committee_app/store.py" line="66"/>
        <source>The passphrase cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="97"/>
        <source>The store file {path} is missing, but its key files are there. Was it moved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="99"/>
        <source>There is no store at {path}. Create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="102"/>
        <source>{path} is a folder, not a store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="108"/>
        <source>{path} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="111"/>
        <source>{path} is an empty file, not a store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="114"/>
        <source>{path} is an ordinary, unencrypted SQLite database, not a Committee Desk store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="120"/>
        <source>{path} is not a Committee Desk store: there are no key files (.key1, .key2) beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="134"/>
        <source>{path} is a folder; choose a file name for the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="137"/>
        <source>A store already exists at {path}; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="143"/>
        <source>The store {path} is damaged: the passphrase is right, but the file cannot be read whole. Restore it from a backup. The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="186"/>
        <source>The store {path} was made by a newer version of Committee Desk. Install that version to open it; the store was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="208"/>
        <source>The disk is full: the last change was not saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="211"/>
        <source>The disk holding the store could not be read or written (was it removed?). The last change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="214"/>
        <source>The store is on a read-only disk or folder: the last change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="247"/>
        <source>The store is locked. Unlock it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../committee_app/store.py" line="298"/>
        <source>The key files beside {path} belong to a different store: the passphrase opened them, but they do not fit this file. Put each store&apos;s .key1 and .key2 files back beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
