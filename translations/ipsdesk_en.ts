<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CaseloadModel</name>
        <message numerus="yes">
            <source>%1, and %n other(s)</source>
            <translation>
                <numerusform>%1, and %n other</numerusform>
                <numerusform>%1, and %n others</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClientWorkspace</name>
        <message numerus="yes">
            <source>Phase: %1, since %2 (%n day(s))</source>
            <translation>
                <numerusform>Phase: %1, since %2 (%n day)</numerusform>
                <numerusform>Phase: %1, since %2 (%n days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>First face-to-face employer contact %1, %n day(s) after the agreement.</source>
            <translation>
                <numerusform>First face-to-face employer contact %1, %n day after the agreement.</numerusform>
                <numerusform>First face-to-face employer contact %1, %n days after the agreement.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message numerus="yes">
            <source>Sent to the printer: %n page(s).</source>
            <translation>
                <numerusform>Sent to the printer: %n page.</numerusform>
                <numerusform>Sent to the printer: %n pages.</numerusform>
            </translation>
        </message>
    </context>
</TS>
