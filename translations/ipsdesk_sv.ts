<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>AccessLog</name>
        <message>
            <source>Client's basic details</source>
            <translation>Klientens grunduppgifter</translation>
        </message>
        <message>
            <source>Client record</source>
            <translation>Klientens uppgifter</translation>
        </message>
        <message>
            <source>Service ended</source>
            <translation>Tjänsten avslutad</translation>
        </message>
        <message>
            <source>Service re-opened</source>
            <translation>Tjänsten återupptagen</translation>
        </message>
        <message>
            <source>Client erased</source>
            <translation>Klienten raderad</translation>
        </message>
        <message>
            <source>Employer contact</source>
            <translation>Arbetsgivarkontakt</translation>
        </message>
        <message>
            <source>Employer contacts</source>
            <translation>Arbetsgivarkontakter</translation>
        </message>
        <message>
            <source>Employer's history</source>
            <translation>Arbetsgivarens historik</translation>
        </message>
        <message>
            <source>Team created</source>
            <translation>Teamet grundat</translation>
        </message>
        <message>
            <source>Team invitation</source>
            <translation>Teaminbjudan</translation>
        </message>
        <message>
            <source>Team keys renewed</source>
            <translation>Teamets nycklar förnyade</translation>
        </message>
        <message>
            <source>Team file</source>
            <translation>Teamfil</translation>
        </message>
        <message>
            <source>Team files of the members</source>
            <translation>Medlemmarnas teamfiler</translation>
        </message>
        <message>
            <source>Team employer register</source>
            <translation>Teamets arbetsgivarregister</translation>
        </message>
        <message>
            <source>Team data sent to the team hub</source>
            <translation>Teamuppgifter skickade till teamdatabasen</translation>
        </message>
        <message>
            <source>Team week report from the team hub</source>
            <translation>Teamets veckorapport från teamdatabasen</translation>
        </message>
        <message>
            <source>Outcome report from the team hub</source>
            <translation>Resultatrapport från teamdatabasen</translation>
        </message>
        <message>
            <source>Fidelity review, own clients (PDF)</source>
            <translation>Kvalitetsbedömning, egna klienter (PDF)</translation>
        </message>
        <message>
            <source>Fidelity review, own clients (CSV)</source>
            <translation>Kvalitetsbedömning, egna klienter (CSV)</translation>
        </message>
        <message>
            <source>Fidelity review, whole team (PDF)</source>
            <translation>Kvalitetsbedömning, hela teamet (PDF)</translation>
        </message>
        <message>
            <source>Fidelity review, whole team (CSV)</source>
            <translation>Kvalitetsbedömning, hela teamet (CSV)</translation>
        </message>
        <message>
            <source>Phase: %1</source>
            <translation>Fas: %1</translation>
        </message>
        <message>
            <source>Action plan, version %1</source>
            <translation>Handlingsplan, version %1</translation>
        </message>
        <message>
            <source>Action plan, version %1 (%2)</source>
            <translation>Handlingsplan, version %1 (%2)</translation>
        </message>
        <message>
            <source>Access log (%1)</source>
            <translation>Logg över användning av uppgifter (%1)</translation>
        </message>
        <message>
            <source>Full record (%1)</source>
            <translation>Alla klientens uppgifter (%1)</translation>
        </message>
        <message>
            <source>Team weekly summary, week %1/%2 (%3, %4)</source>
            <translation>Teamets veckosammandrag, vecka %1/%2 (%3, %4)</translation>
        </message>
        <message>
            <source>Team period outcome report %1–%2 (%3, %4)</source>
            <translation>Teamets resultatrapport för perioden %1–%2 (%3, %4)</translation>
        </message>
    </context>
    <context>
        <name>AccessLogModel</name>
        <message>
            <source>Opened</source>
            <translation>Öppnad</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Skapad</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Ändrad</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Borttagen</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exporterad</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Utskriven</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importerad</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>Raderad</translation>
        </message>
        <message>
            <source>When</source>
            <translation>När</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
    </context>
    <context>
        <name>ActionPlan</name>
        <message>
            <source>The client's own goal</source>
            <extracomment>The plan's text fields in document order, with their labels (editor and diff).</extracomment>
            <translation>Klientens eget mål</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Styrkor</translation>
        </message>
        <message>
            <source>Wishes for work</source>
            <translation>Önskemål om arbete</translation>
        </message>
        <message>
            <source>Support agreed</source>
            <translation>Överenskommet stöd</translation>
        </message>
        <message>
            <source>How often we meet</source>
            <translation>Hur ofta vi träffas</translation>
        </message>
        <message>
            <source>Information sharing</source>
            <translation>Informationsutbyte</translation>
        </message>
        <message>
            <source>Benefits counselling</source>
            <translation>Förmånsrådgivning</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Nästa uppföljning</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups and restore</source>
            <translation>Säkerhetskopior och återställning</translation>
        </message>
        <message>
            <source>ipsdesk backs your store up automatically while you work and when you close it, encrypted like the store. It keeps one backup for each of the last 12 days, 10 weeks and 9 months with backups. Backups are in %1.</source>
            <translation>ipsdesk säkerhetskopierar databasen automatiskt medan du arbetar och när du stänger programmet, krypterad som databasen. Den behåller en säkerhetskopia för var och en av de senaste 12 dagarna, 10 veckorna och 9 månaderna som har säkerhetskopior. Säkerhetskopiorna finns i mappen %1.</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Inga säkerhetskopior ännu.</translation>
        </message>
        <message>
            <source>&amp;Restore selected…</source>
            <translation>&amp;Återställ vald…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Säkerhetskopiera nu</translation>
        </message>
    </context>
    <context>
        <name>BackupsModel</name>
        <message>
            <source>Automatic</source>
            <translation>Automatisk</translation>
        </message>
        <message>
            <source>At close</source>
            <translation>Vid stängning</translation>
        </message>
        <message>
            <source>Made by you</source>
            <translation>Skapad av dig</translation>
        </message>
        <message>
            <source>Before an update</source>
            <translation>Före en uppdatering</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Före en återställning</translation>
        </message>
        <message>
            <source>Damaged store, kept as it was</source>
            <translation>Skadad databas, sparad som den var</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Skapad</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Orsak</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Storlek</translation>
        </message>
    </context>
    <context>
        <name>CaseloadModel</name>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fas</translation>
        </message>
        <message>
            <source>Days in phase</source>
            <translation>Dagar i fasen</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Senaste kontakt</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Att göra</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (försenad)</translation>
        </message>
        <message numerus="yes">
            <source>%1, and %n other(s)</source>
            <translation>
                <numerusform>%1 och %n till</numerusform>
                <numerusform>%1 och %n till</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaseloadPage</name>
        <message>
            <source>Search by name or code (Ctrl+F)</source>
            <translation>Sök på namn eller kod (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search clients</source>
            <translation>Sök klient</translation>
        </message>
        <message>
            <source>Show ended</source>
            <translation>Visa avslutade</translation>
        </message>
        <message>
            <source>New client…</source>
            <translation>Ny klient…</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation>Klienter</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <translation>Totalt: %1</translation>
        </message>
    </context>
    <context>
        <name>ClientContactsTab</name>
        <message>
            <source>Employer contacts for the client</source>
            <translation>Arbetsgivarkontakter som gäller klienten</translation>
        </message>
        <message>
            <source>Log contact for this client… (Ctrl+E)</source>
            <translation>Registrera kontakt för den här klienten… (Ctrl+E)</translation>
        </message>
        <message>
            <source>First face-to-face employer contact %1, %2 days after the agreement.</source>
            <translation>Första personliga arbetsgivarmötet %1, %2 dagar efter avtalet.</translation>
        </message>
        <message>
            <source>No cooperation agreement date yet.</source>
            <translation>Inget datum för samarbetsavtalet ännu.</translation>
        </message>
        <message>
            <source>No face-to-face employer contact yet: %1 days since the agreement.</source>
            <translation>Inget personligt arbetsgivarmöte ännu: %1 dagar sedan avtalet.</translation>
        </message>
        <message>
            <source>E&amp;mployer contacts</source>
            <translation>Ar&amp;betsgivarkontakter</translation>
        </message>
    </context>
    <context>
        <name>ClientStatus</name>
        <message>
            <source>Active</source>
            <translation>Pågår</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Avslutad</translation>
        </message>
    </context>
    <context>
        <name>ClientWorkspace</name>
        <message>
            <source>← Caseload</source>
            <translation>← Klienter</translation>
        </message>
        <message>
            <source>Back to the caseload (Alt+Left)</source>
            <translation>Tillbaka till klientlistan (Alt+vänsterpil)</translation>
        </message>
        <message>
            <source>Move to phase…</source>
            <translation>Byt fas…</translation>
        </message>
        <message>
            <source>Ctrl+M</source>
            <translation>Ctrl+M</translation>
        </message>
        <message>
            <source>End service…</source>
            <translation>Avsluta tjänsten…</translation>
        </message>
        <message>
            <source>&amp;Contact log</source>
            <translation>&amp;Kontakter</translation>
        </message>
        <message>
            <source>Phase history</source>
            <translation>Fashistorik</translation>
        </message>
        <message>
            <source>Hist&amp;ory</source>
            <translation>H&amp;istorik</translation>
        </message>
        <message>
            <source>The client is no longer in the store: they were erased, or the backup just restored was made before they were added.</source>
            <translation>Klienten finns inte längre i databasen: klienten har raderats, eller så gjordes den säkerhetskopia som just återställdes innan klienten lades till.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Osparade ändringar</translation>
        </message>
        <message>
            <source>You have changed %1's information. Save the changes?</source>
            <translation>Du har ändrat uppgifterna för %1. Vill du spara ändringarna?</translation>
        </message>
        <message>
            <source>Service ended %1 (%2)</source>
            <translation>Tjänsten avslutades %1 (%2)</translation>
        </message>
        <message>
            <source>Re-open…</source>
            <translation>Återuppta tjänsten…</translation>
        </message>
        <message numerus="yes">
            <source>Phase: %1, since %2 (%n day(s))</source>
            <translation>
                <numerusform>Fas: %1, sedan %2 (%n dag)</numerusform>
                <numerusform>Fas: %1, sedan %2 (%n dagar)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>First face-to-face employer contact %1, %n day(s) after the agreement.</source>
            <translation>
                <numerusform>Första personliga mötet med en arbetsgivare %1, %n dag efter avtalet.</numerusform>
                <numerusform>Första personliga mötet med en arbetsgivare %1, %n dagar efter avtalet.</numerusform>
            </translation>
        </message>
        <message>
            <source>No cooperation agreement date yet.</source>
            <translation>Samarbetsavtalets datum har inte antecknats ännu.</translation>
        </message>
        <message>
            <source>%1 days since the agreement; no face-to-face employer contact yet (target: within %2 days).</source>
            <translation>%1 dagar sedan avtalet; ännu inget personligt möte med en arbetsgivare (mål: inom %2 dagar).</translation>
        </message>
        <message>
            <source>%1 so far; usually %2–%3</source>
            <translation>hittills %1, vanligen %2–%3</translation>
        </message>
        <message>
            <source>Service ended</source>
            <translation>Tjänsten avslutad</translation>
        </message>
    </context>
    <context>
        <name>CodeDialog</name>
        <message>
            <source>Invitation code</source>
            <translation>Inbjudningskod</translation>
        </message>
        <message>
            <source>The invitation for %1 is saved in %2. Give %1 this code separately (read it out or hand it over on paper), not with the file. It is shown only this once.</source>
            <translation>Inbjudan till %1 har sparats i %2. Ge %1 den här koden separat (läs upp den eller ge den på papper), inte tillsammans med filen. Koden visas bara den här gången.</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Passphrase: </source>
            <translation>Lösenfras: </translation>
        </message>
        <message>
            <source>No passphrase: use --passphrase-file FILE or run the command in a terminal.</source>
            <translation>Lösenfras saknas: använd --passphrase-file FIL eller kör kommandot i en terminal.</translation>
        </message>
        <message>
            <source>%1 is a folder; give a file name.</source>
            <translation>%1 är en mapp; ange ett filnamn.</translation>
        </message>
        <message>
            <source>Cannot write %1: the folder %2 does not exist.</source>
            <translation>Det går inte att skriva %1: mappen %2 finns inte.</translation>
        </message>
        <message>
            <source>Cannot write %1: permission denied.</source>
            <translation>Det går inte att skriva %1: behörighet saknas.</translation>
        </message>
        <message>
            <source>Cannot write %1 (%2).</source>
            <translation>Det går inte att skriva %1 (%2).</translation>
        </message>
        <message>
            <source>--version must be 1 or more.</source>
            <translation>--version måste vara 1 eller mer.</translation>
        </message>
        <message>
            <source>There is no client %1.</source>
            <translation>Det finns ingen klient %1.</translation>
        </message>
        <message>
            <source>Client %1 has no action plan version %2.</source>
            <translation>Klienten %1 har ingen version %2 av handlingsplanen.</translation>
        </message>
        <message>
            <source>Client %1 has no action plan yet.</source>
            <translation>Klienten %1 har ingen handlingsplan ännu.</translation>
        </message>
        <message>
            <source>Action plan v%1 written to %2</source>
            <translation>Handlingsplan v%1 skriven till %2</translation>
        </message>
        <message>
            <source>--today: not a date (YYYY-MM-DD): %1</source>
            <translation>--today: inte ett datum (ÅÅÅÅ-MM-DD): %1</translation>
        </message>
        <message>
            <source>--out: give a .pdf or .csv file, not %1</source>
            <translation>--out: ange en .pdf- eller .csv-fil, inte %1</translation>
        </message>
        <message>
            <source>%1: not a date (YYYY-MM-DD): %2</source>
            <translation>%1: inte ett datum (ÅÅÅÅ-MM-DD): %2</translation>
        </message>
        <message>
            <source>--to is before --from</source>
            <translation>--to är före --from</translation>
        </message>
        <message>
            <source>--to is in the future</source>
            <translation>--to ligger i framtiden</translation>
        </message>
        <message>
            <source>There is no saved fidelity review %1.</source>
            <translation>Det finns ingen sparad kvalitetsbedömning %1.</translation>
        </message>
        <message>
            <source>--team: this store holds no team data; import the members' team files first (ipsdesk team import).</source>
            <translation>--team: det här datalagret har inga teamuppgifter; importera först medlemmarnas teamfiler (ipsdesk team import).</translation>
        </message>
        <message>
            <source>Fidelity review %1 (%2 – %3): %4 points from %5 of 25 items scored; written to %6</source>
            <translation>Kvalitetsbedömning %1 (%2 – %3): %4 poäng, %5 av 25 kriterier poängsatta; skriven till %6</translation>
        </message>
        <message>
            <source>Fidelity items (%1 – %2): %3 points from %4 of 25 items scored; written to %5</source>
            <translation>Kvalitetskriterier (%1 – %2): %3 poäng, %4 av 25 kriterier poängsatta; skrivna till %5</translation>
        </message>
        <message>
            <source>Team fidelity review %1 (%2 – %3): %4 points from %5 of 25 items scored; written to %6</source>
            <translation>Teamets kvalitetsbedömning %1 (%2 – %3): %4 poäng, %5 av 25 kriterier poängsatta; skriven till %6</translation>
        </message>
        <message>
            <source>Fidelity items of the whole team (%1 – %2): %3 points from %4 of 25 items scored; written to %5</source>
            <translation>Hela teamets kvalitetskriterier (%1 – %2): %3 poäng, %4 av 25 kriterier poängsatta; skrivna till %5</translation>
        </message>
        <message>
            <source>No saved fidelity reviews.</source>
            <translation>Inga sparade kvalitetsbedömningar.</translation>
        </message>
        <message>
            <source>%1  %2 – %3  %4 points  %5/25 scored  %6  %7</source>
            <translation>%1  %2 – %3  %4 poäng  %5/25 poängsatta  %6  %7</translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>ofullständig</translation>
        </message>
        <message>
            <source>own clients</source>
            <translation>egna klienter</translation>
        </message>
        <message>
            <source>whole team</source>
            <translation>hela teamet</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Skrivet: %1</translation>
        </message>
        <message>
            <source>--team chooses teams on the team hub: give --hub as well.</source>
            <translation>--team väljer team i teamdatabasen: ange även --hub.</translation>
        </message>
        <message>
            <source>--week: %1 is not a week of the calendar; write an ISO week like 2026-W47 (a year has 52 or 53 weeks).</source>
            <translation>--week: %1 är inte en vecka i kalendern; skriv en ISO-vecka som 2026-W47 (ett år har 52 eller 53 veckor).</translation>
        </message>
        <message>
            <source>--week: give an ISO week (YYYY-Www, e.g. 2026-W47), or leave the option out</source>
            <translation>--week: ange en ISO-vecka (ÅÅÅÅ-Wvv, t.ex. 2026-W47) eller utelämna alternativet</translation>
        </message>
        <message>
            <source>Week %1 (%2 – %3)</source>
            <translation>Vecka %1 (%2 – %3)</translation>
        </message>
        <message>
            <source>Employer contacts: %1 / target %2 (%3)</source>
            <translation>Arbetsgivarkontakter: %1 / mål %2 (%3)</translation>
        </message>
        <message>
            <source>target met</source>
            <translation>målet nått</translation>
        </message>
        <message>
            <source>target not met</source>
            <translation>målet inte nått</translation>
        </message>
        <message>
            <source>face-to-face: %1</source>
            <translation>personligen: %1</translation>
        </message>
        <message>
            <source>other: %1</source>
            <translation>övriga: %1</translation>
        </message>
        <message>
            <source>Due as of %1: %2</source>
            <translation>Aktuellt per %1: %2</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>FÖRSENAD</translation>
        </message>
        <message>
            <source>due</source>
            <translation>aktuell</translation>
        </message>
        <message>
            <source>Backup written: %1</source>
            <translation>Säkerhetskopian skriven: %1</translation>
        </message>
        <message>
            <source>%1 exists; it was not overwritten.</source>
            <translation>%1 finns redan; den skrevs inte över.</translation>
        </message>
        <message>
            <source>There is no backup file %1.</source>
            <translation>Det finns ingen säkerhetskopia %1.</translation>
        </message>
        <message>
            <source>Restored %1.</source>
            <translation>Återställd: %1.</translation>
        </message>
        <message>
            <source>The store as it was is kept as %1.</source>
            <translation>Databasen som den var sparas som %1.</translation>
        </message>
        <message>
            <source>PROBLEM %1</source>
            <translation>PROBLEM %1</translation>
        </message>
        <message>
            <source>The store is healthy.</source>
            <translation>Databasen är felfri.</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Ny lösenfras: </translation>
        </message>
        <message>
            <source>New passphrase again: </source>
            <translation>Ny lösenfras igen: </translation>
        </message>
        <message>
            <source>Current passphrase: </source>
            <translation>Nuvarande lösenfras: </translation>
        </message>
        <message>
            <source>No new passphrase: use --new-passphrase-file FILE or run in a terminal.</source>
            <translation>Ny lösenfras saknas: använd --new-passphrase-file FIL eller kör i en terminal.</translation>
        </message>
        <message>
            <source>The two new passphrases differ; nothing was changed.</source>
            <translation>De nya lösenfraserna är olika; ingenting ändrades.</translation>
        </message>
        <message>
            <source>Passphrase changed. The recovery key still works.</source>
            <translation>Lösenfrasen är bytt. Återställningsnyckeln fungerar fortfarande.</translation>
        </message>
        <message>
            <source>Store created in %1.</source>
            <translation>Databasen skapades i %1.</translation>
        </message>
        <message>
            <source>Recovery key written to %1.</source>
            <translation>Återställningsnyckeln skrevs till %1.</translation>
        </message>
        <message>
            <source>Recovery key (keep it in a safe place, it also unlocks the store): %1</source>
            <translation>Återställningsnyckel (förvara den säkert, den öppnar också databasen): %1</translation>
        </message>
        <message>
            <source>The invitation code file %1 cannot be read (%2).</source>
            <translation>Filen %1 med inbjudningskoden kan inte läsas (%2).</translation>
        </message>
        <message>
            <source>No invitation code: use --code-file FILE or run in a terminal.</source>
            <translation>Inbjudningskoden saknas: använd --code-file FIL eller kör kommandot i en terminal.</translation>
        </message>
        <message>
            <source>no such folder</source>
            <translation>mappen finns inte</translation>
        </message>
        <message>
            <source>Team '%1' created (team id %2); you lead it.</source>
            <translation>Teamet '%1' har grundats (team-id %2); du är dess teamledare.</translation>
        </message>
        <message>
            <source>Invitation for %1 (member id %2) written to %3</source>
            <translation>Inbjudan till %1 (medlems-id %2) har sparats i %3</translation>
        </message>
        <message>
            <source>Invitation code (give it separately, not with the file): %1</source>
            <translation>Inbjudningskod (ge den separat, inte tillsammans med filen): %1</translation>
        </message>
        <message>
            <source>Invitation code: </source>
            <translation>Inbjudningskod: </translation>
        </message>
        <message>
            <source>Joined the team '%1' as %2.</source>
            <translation>Du gick med i teamet '%1' som %2.</translation>
        </message>
        <message>
            <source>Team file written to %1 (%2 clients, %3 bytes).</source>
            <translation>Teamfilen har sparats: %1 (%2 klienter, %3 byte).</translation>
        </message>
        <message>
            <source>%1: imported %2 (%3 clients)</source>
            <translation>%1: importerad %2 (%3 klienter)</translation>
        </message>
        <message>
            <source>%1: already imported (%2); nothing changed</source>
            <translation>%1: redan importerad (%2); ingenting ändrades</translation>
        </message>
        <message>
            <source>Your own caseload is included (%1 clients).</source>
            <translation>Dina egna klienter räknas med (%1 klienter).</translation>
        </message>
        <message>
            <source>Team employer file written to %1 (%2 employers).</source>
            <translation>Teamets arbetsgivarfil har sparats: %1 (%2 arbetsgivare).</translation>
        </message>
        <message>
            <source>Team employer register imported (%1 employers).</source>
            <translation>Teamets arbetsgivarregister har importerats (%1 arbetsgivare).</translation>
        </message>
        <message>
            <source>New team keys: generation %1. Give each member a new invitation:</source>
            <translation>Nya teamnycklar: generation %1. Ge varje medlem en ny inbjudan:</translation>
        </message>
        <message>
            <source>  ipsdesk team invite %1 --member %2 --out FILE</source>
            <translation>  ipsdesk team invite %1 --member %2 --out FIL</translation>
        </message>
        <message>
            <source>Not in a team.</source>
            <translation>Inte med i något team.</translation>
        </message>
        <message>
            <source>Team: %1 (id %2), key generation %3</source>
            <translation>Team: %1 (id %2), nyckelgeneration %3</translation>
        </message>
        <message>
            <source>Member: %1 (id %2)</source>
            <translation>Medlem: %1 (id %2)</translation>
        </message>
        <message>
            <source>Team file last sent: %1</source>
            <translation>Teamfilen skickades senast: %1</translation>
        </message>
        <message>
            <source>never</source>
            <translation>aldrig</translation>
        </message>
        <message>
            <source>You lead the team as %1.</source>
            <translation>Du är teamledare som %1.</translation>
        </message>
        <message>
            <source>  %1 (id %2): %3; %4</source>
            <translation>  %1 (id %2): %3; %4</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>borttagen</translation>
        </message>
        <message>
            <source>needs a new invitation</source>
            <translation>behöver en ny inbjudan</translation>
        </message>
        <message>
            <source>member</source>
            <translation>medlem</translation>
        </message>
        <message>
            <source>file exported %1</source>
            <translation>filen exporterad %1</translation>
        </message>
        <message>
            <source>no file yet</source>
            <translation>ingen fil ännu</translation>
        </message>
        <message>
            <source>The file %1 cannot be read (%2).</source>
            <translation>Filen %1 kan inte läsas (%2).</translation>
        </message>
        <message>
            <source>No password: use --password-file FILE or run in a terminal.</source>
            <translation>Lösenordet saknas: använd --password-file FIL eller kör kommandot i en terminal.</translation>
        </message>
        <message>
            <source>The account cannot be made: %1</source>
            <translation>Kontot kan inte skapas: %1</translation>
        </message>
        <message>
            <source>Team hub set: %1 (the password is kept in the encrypted store).</source>
            <translation>Teamdatabasen är inställd: %1 (lösenordet sparas i det krypterade datalagret).</translation>
        </message>
        <message>
            <source>Connected to %1: PostgreSQL %2, hub schema %3, this account is member %4.</source>
            <translation>Ansluten till %1: PostgreSQL %2, teamdatabasens schema %3, detta konto är medlem %4.</translation>
        </message>
        <message>
            <source>Connected to %1: PostgreSQL %2, hub schema %3, this account is a reader (no member id).</source>
            <translation>Ansluten till %1: PostgreSQL %2, teamdatabasens schema %3, detta konto kan bara läsa (inget medlems-id).</translation>
        </message>
        <message>
            <source>Sent to the team hub at %1: %2 rows added, %3 removed, %4 in all.</source>
            <translation>Skickat till teamdatabasen %1: %2 rader tillagda, %3 borttagna, totalt %4.</translation>
        </message>
        <message>
            <source>No team hub is set up (ipsdesk hub setup, or Tools → Team hub).</source>
            <translation>Ingen teamdatabas är inställd (ipsdesk hub setup eller Verktyg → Teamdatabas).</translation>
        </message>
        <message>
            <source>Team hub: %1</source>
            <translation>Teamdatabas: %1</translation>
        </message>
        <message>
            <source>Last sent: %1 (%2 rows on the hub)</source>
            <translation>Senast skickat: %1 (%2 rader i teamdatabasen)</translation>
        </message>
        <message>
            <source>Last sent: never</source>
            <translation>Senast skickat: aldrig</translation>
        </message>
        <message>
            <source>Hub schema: %1 -&gt; %2; roles and policies applied.</source>
            <translation>Teamdatabasens schema: %1 -&gt; %2; roller och åtkomstregler tillämpade.</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>tom</translation>
        </message>
        <message>
            <source>Account %1 (%2) created.</source>
            <translation>Kontot %1 (%2) har skapats.</translation>
        </message>
    </context>
    <context>
        <name>ConsentParty</name>
        <message>
            <source>Care team</source>
            <translation>Vårdteam</translation>
        </message>
        <message>
            <source>Employment services</source>
            <translation>Sysselsättningstjänster</translation>
        </message>
        <message>
            <source>Kela</source>
            <translation>FPA</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Arbetsgivare</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Närstående</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annan</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Klienter</translation>
        </message>
    </context>
    <context>
        <name>ContactMode</name>
        <message>
            <source>Face-to-face</source>
            <translation>Personligt möte</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail / other</source>
            <translation>E-post / annat</translation>
        </message>
    </context>
    <context>
        <name>ContactPurpose</name>
        <message>
            <source>Getting to know the employer's needs</source>
            <translation>Kartläggning av arbetsgivarens behov</translation>
        </message>
        <message>
            <source>Presenting a job seeker</source>
            <translation>Presentation av en arbetssökande</translation>
        </message>
        <message>
            <source>Job development / carving</source>
            <translation>Arbetsanpassning / jobbkarving</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Uppföljning</translation>
        </message>
    </context>
    <context>
        <name>ContactTable</name>
        <message>
            <source>Edit…</source>
            <translation>Redigera…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Delete the contact with %1 on %2? This cannot be undone.</source>
            <translation>Ta bort kontakten (%1, %2)? Det går inte att ångra.</translation>
        </message>
        <message>
            <source>Delete employer contact</source>
            <translation>Ta bort arbetsgivarkontakt</translation>
        </message>
    </context>
    <context>
        <name>ContactTableModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Arbetsgivare</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Sätt</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Syfte</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Klienter</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>Datum för uppföljning</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allmän</translation>
        </message>
    </context>
    <context>
        <name>ContactWith</name>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Care team</source>
            <translation>Vårdteam</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Närstående</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annan</translation>
        </message>
    </context>
    <context>
        <name>Due</name>
        <message>
            <source>First face-to-face employer contact</source>
            <translation>Första personliga mötet med en arbetsgivare</translation>
        </message>
        <message>
            <source>Follow-along contact after job start</source>
            <translation>Uppföljningskontakt när arbetet har börjat</translation>
        </message>
        <message>
            <source>Weekly follow-along contact</source>
            <translation>Veckovis uppföljningskontakt</translation>
        </message>
        <message>
            <source>Monthly follow-along contact</source>
            <translation>Månatlig uppföljningskontakt</translation>
        </message>
        <message>
            <source>Contact after the job ended</source>
            <translation>Kontakt efter att anställningen har upphört</translation>
        </message>
        <message>
            <source>Action plan review</source>
            <translation>Uppföljning av handlingsplanen</translation>
        </message>
        <message>
            <source>Follow-up promised to the employer</source>
            <translation>Utlovad återkoppling till arbetsgivaren</translation>
        </message>
        <message>
            <source>No contact for a long time</source>
            <translation>Ingen kontakt på länge</translation>
        </message>
    </context>
    <context>
        <name>DueModel</name>
        <message>
            <source>Due</source>
            <translation>Senast</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (försenad)</translation>
        </message>
    </context>
    <context>
        <name>EmployerListModel</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Bransch</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Senaste kontakt</translation>
        </message>
    </context>
    <context>
        <name>Employers</name>
        <message>
            <source>A business ID is written 1234567-8.</source>
            <translation>FO-numret skrivs i formen 1234567-8.</translation>
        </message>
        <message>
            <source>The business ID's check digit does not match; check the number.</source>
            <translation>FO-numrets kontrollsiffra stämmer inte; kontrollera numret.</translation>
        </message>
        <message>
            <source>Choose an employer from the register.</source>
            <translation>Välj en arbetsgivare i registret.</translation>
        </message>
        <message>
            <source>This contact person is not with the chosen employer.</source>
            <translation>Kontaktpersonen hör inte till den valda arbetsgivaren.</translation>
        </message>
        <message>
            <source>A chosen client does not exist.</source>
            <translation>En av de valda klienterna finns inte.</translation>
        </message>
        <message>
            <source>Employer contacts</source>
            <translation>Arbetsgivarkontakter</translation>
        </message>
        <message>
            <source>Employer contact</source>
            <translation>Arbetsgivarkontakt</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Arbetsgivare</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Kontaktsätt</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Syfte</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Nästa steg</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>Datum för uppföljning</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>Uppföljning gjord</translation>
        </message>
        <message>
            <source>Employers</source>
            <translation>Arbetsgivare</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Business ID</source>
            <translation>FO-nummer</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Bransch</translation>
        </message>
        <message>
            <source>Hiring needs</source>
            <translation>Rekryteringsbehov</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>Contact persons</source>
            <translation>Kontaktpersoner</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Not a valid e-mail address.</source>
            <translation>Ogiltig e-postadress.</translation>
        </message>
        <message>
            <source>Contacts or jobs are recorded with this employer; it cannot be removed.</source>
            <translation>Arbetsgivaren har antecknade kontakter eller anställningar och kan därför inte tas bort.</translation>
        </message>
    </context>
    <context>
        <name>EmployersPage</name>
        <message>
            <source>Search by name, municipality, sector or ID</source>
            <translation>Sök på namn, kommun, bransch eller FO-nummer</translation>
        </message>
        <message>
            <source>New employer…</source>
            <translation>Ny arbetsgivare…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Delete employer…</source>
            <translation>Ta bort arbetsgivare…</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>Uppföljningen gjord</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <source>Employers</source>
            <translation>Arbetsgivare</translation>
        </message>
        <message>
            <source>Jobs and clients placed</source>
            <translation>Anställningar och placerade klienter</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historik</translation>
        </message>
        <message>
            <source>Contacts (%1)</source>
            <translation>Kontakter (%1)</translation>
        </message>
        <message>
            <source>Jobs (%1) and clients placed (%2)</source>
            <translation>Anställningar (%1) och placerade klienter (%2)</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Sparat.</translation>
        </message>
        <message>
            <source>Delete employer</source>
            <translation>Ta bort arbetsgivare</translation>
        </message>
        <message>
            <source>Delete %1 from the register?</source>
            <translation>Ta bort %1 ur registret?</translation>
        </message>
        <message>
            <source>New employer</source>
            <translation>Ny arbetsgivare</translation>
        </message>
        <message>
            <source>&amp;Employers</source>
            <translation>&amp;Arbetsgivare</translation>
        </message>
    </context>
    <context>
        <name>EndReason</name>
        <message>
            <source>Client's own choice</source>
            <translation>Klientens eget val</translation>
        </message>
        <message>
            <source>Moved away</source>
            <translation>Flytt till annan ort</translation>
        </message>
        <message>
            <source>Moved on to education</source>
            <translation>Övergång till studier</translation>
        </message>
        <message>
            <source>Moved to another service</source>
            <translation>Övergång till en annan tjänst</translation>
        </message>
        <message>
            <source>Support no longer needed</source>
            <translation>Stödet behövs inte längre</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annat skäl</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase client %1</source>
            <translation>Radera klient %1</translation>
        </message>
        <message>
            <source>You are about to erase %1 (%2).</source>
            <translation>Du håller på att radera %1 (%2).</translation>
        </message>
        <message>
            <source>If the client wants a copy of their data, export the full record before erasing.</source>
            <translation>Om klienten vill ha en kopia av sina uppgifter, exportera alla uppgifter före raderingen.</translation>
        </message>
        <message>
            <source>Type the client's code %1 to confirm:</source>
            <translation>Bekräfta genom att skriva klientens kod %1:</translation>
        </message>
        <message>
            <source>Erase for good</source>
            <translation>Radera för gott</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The passphrase file %1 cannot be read (%2).</source>
            <translation>Lösenfrasfilen %1 kan inte läsas (%2).</translation>
        </message>
        <message>
            <source>The passphrase file %1 does not hold text (UTF-8); give a file whose first line is the passphrase.</source>
            <translation>Lösenfrasfilen %1 innehåller inte text (UTF-8); ange en fil vars första rad är lösenfrasen.</translation>
        </message>
        <message>
            <source>The passphrase is too weak; nothing was changed.</source>
            <translation>Lösenfrasen är för svag; ingenting ändrades.</translation>
        </message>
    </context>
    <context>
        <name>ExitCodes</name>
        <message>
            <source>done</source>
            <translation>klart</translation>
        </message>
        <message>
            <source>an unexpected failure (a fault in ipsdesk: please report it)</source>
            <translation>ett oväntat fel (ett fel i ipsdesk: rapportera det)</translation>
        </message>
        <message>
            <source>wrong use: a bad option or value, an unreadable passphrase file</source>
            <translation>fel användning: ett felaktigt alternativ eller värde, en oläslig lösenfrasfil</translation>
        </message>
        <message>
            <source>the store cannot be used now: none there, in use, wrong passphrase, newer app, disk full, read-only folder (nothing was changed)</source>
            <translation>databasen kan inte användas nu: den finns inte, den används, fel lösenfras, nyare app, full disk eller skrivskyddad mapp (ingenting ändrades)</translation>
        </message>
        <message>
            <source>the store or the backup is damaged (nothing was changed)</source>
            <translation>databasen eller säkerhetskopian är skadad (ingenting ändrades)</translation>
        </message>
        <message>
            <source>no such client, plan or backup</source>
            <translation>klienten, planen eller säkerhetskopian finns inte</translation>
        </message>
        <message>
            <source>the output file cannot be written</source>
            <translation>utdatafilen kan inte skrivas</translation>
        </message>
        <message>
            <source>a team file or invitation was refused (nothing was changed)</source>
            <translation>en teamfil eller inbjudan avvisades (inget ändrades)</translation>
        </message>
        <message>
            <source>the team hub could not be used (the message says why; nothing was changed)</source>
            <translation>teamets databasserver kunde inte användas (meddelandet säger varför; inget ändrades)</translation>
        </message>
    </context>
    <context>
        <name>FidelityChart</name>
        <message>
            <source>Totals of the saved reviews, and each section's points.</source>
            <translation>Totalpoängen för de sparade bedömningarna och poängen per avsnitt.</translation>
        </message>
        <message>
            <source>No saved reviews yet.</source>
            <translation>Inga sparade bedömningar ännu.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
    </context>
    <context>
        <name>FidelityEvidence</name>
        <message>
            <source>Active on %1 (specialist %2)</source>
            <translation>Aktiv %1 (arbetshandledare %2)</translation>
        </message>
        <message>
            <source>All phases with one specialist</source>
            <translation>Alla faser med samma arbetshandledare</translation>
        </message>
        <message>
            <source>%1 specialists: %2</source>
            <translation>%1 arbetshandledare: %2</translation>
        </message>
        <message>
            <source>Job started %1; benefits counselling %2</source>
            <translation>Arbetet började %1; förmånsrådgivning %2</translation>
        </message>
        <message>
            <source>Job started %1; no benefits counselling before it</source>
            <translation>Arbetet började %1; ingen förmånsrådgivning före det</translation>
        </message>
        <message>
            <source>Hours changed %1 from %2 to %3 h a week; benefits counselling %4</source>
            <translation>Arbetstiden ändrades %1 från %2 till %3 h i veckan; förmånsrådgivning %4</translation>
        </message>
        <message>
            <source>Hours changed %1 from %2 to %3 h a week; no benefits counselling within 30 days</source>
            <translation>Arbetstiden ändrades %1 från %2 till %3 h i veckan; ingen förmånsrådgivning inom 30 dagar</translation>
        </message>
        <message>
            <source>Hours changed %1; benefits counselling %2</source>
            <translation>Arbetstiden ändrades %1; förmånsrådgivning %2</translation>
        </message>
        <message>
            <source>Hours changed %1; no benefits counselling within 30 days</source>
            <translation>Arbetstiden ändrades %1; ingen förmånsrådgivning inom 30 dagar</translation>
        </message>
        <message>
            <source>Job search from %1; disclosure discussed %2 times, first %3</source>
            <translation>Arbetssökning från %1; öppenhet om sjukdomen diskuterad %2 gånger, första gången %3</translation>
        </message>
        <message>
            <source>Job search from %1; disclosure not discussed</source>
            <translation>Arbetssökning från %1; öppenhet om sjukdomen inte diskuterad</translation>
        </message>
        <message>
            <source>Job started %1; profile updated %2</source>
            <translation>Arbetet började %1; yrkesprofilen uppdaterad %2</translation>
        </message>
        <message>
            <source>Job ended %1; profile updated %2</source>
            <translation>Arbetet upphörde %1; yrkesprofilen uppdaterad %2</translation>
        </message>
        <message>
            <source>Job started %1; profile not updated within 30 days</source>
            <translation>Arbetet började %1; yrkesprofilen inte uppdaterad inom 30 dagar</translation>
        </message>
        <message>
            <source>Job ended %1; profile not updated within 30 days</source>
            <translation>Arbetet upphörde %1; yrkesprofilen inte uppdaterad inom 30 dagar</translation>
        </message>
        <message>
            <source>Agreement %1; first face-to-face employer contact %2 (%3 days)</source>
            <translation>Avtal %1; första personliga arbetsgivarmötet %2 (%3 dagar)</translation>
        </message>
        <message>
            <source>Agreement %1; no face-to-face employer contact yet (%2 days)</source>
            <translation>Avtal %1; inget personligt arbetsgivarmöte ännu (%2 dagar)</translation>
        </message>
        <message>
            <source>Median days</source>
            <translation>Median, dagar</translation>
        </message>
        <message>
            <source>Clients still waiting</source>
            <translation>Klienter som ännu väntar</translation>
        </message>
        <message>
            <source>Week %1: %2 face-to-face employer contacts</source>
            <translation>Vecka %1: %2 personliga arbetsgivarkontakter</translation>
        </message>
        <message>
            <source>Job %1–%2, type %3</source>
            <translation>Arbete %1–%2, typ %3</translation>
        </message>
        <message>
            <source>Job %1–%2, employer %3</source>
            <translation>Arbete %1–%2, arbetsgivare %3</translation>
        </message>
        <message>
            <source>Job %1–%2 on the open labour market</source>
            <translation>Arbete %1–%2 på den öppna arbetsmarknaden</translation>
        </message>
        <message>
            <source>Job %1–%2 on the open labour market, with wage subsidy</source>
            <translation>Arbete %1–%2 på den öppna arbetsmarknaden, med lönesubvention</translation>
        </message>
        <message>
            <source>Job %1–%2 not on the open labour market</source>
            <translation>Arbete %1–%2 utanför den öppna arbetsmarknaden</translation>
        </message>
        <message>
            <source>Jobs with no type recorded</source>
            <translation>Arbeten utan antecknad typ</translation>
        </message>
        <message>
            <source>Different</source>
            <translation>Olika</translation>
        </message>
        <message>
            <source>Share without wage subsidy (%)</source>
            <translation>Andel utan lönesubvention (%)</translation>
        </message>
        <message>
            <source>Job started %1: all %2 follow-along contacts in time</source>
            <translation>Arbetet började %1: alla %2 stödkontakter i tid</translation>
        </message>
        <message>
            <source>Job started %1: %2 of %3 follow-along contacts in time; first missed %4–%5</source>
            <translation>Arbetet började %1: %2 av %3 stödkontakter i tid; första som saknas %4–%5</translation>
        </message>
        <message>
            <source>%1 contacts outside the clinic, %2 at the clinic, %3 by phone or remote</source>
            <translation>%1 kontakter utanför mottagningen, %2 på mottagningen, %3 per telefon eller på distans</translation>
        </message>
        <message>
            <source>Phone or remote contacts (left out)</source>
            <translation>Telefon- eller distanskontakter (inte medräknade)</translation>
        </message>
    </context>
    <context>
        <name>FidelityExport</name>
        <message>
            <source>Fidelity self-review</source>
            <translation>Självvärdering enligt IPS-kvalitetskriterierna</translation>
        </message>
        <message>
            <source>Period %1–%2</source>
            <translation>Period %1–%2</translation>
        </message>
        <message>
            <source>Reviewer: %1</source>
            <translation>Bedömare: %1</translation>
        </message>
        <message>
            <source>Total: %1 / %2 points</source>
            <translation>Totalt: %1 / %2 poäng</translation>
        </message>
        <message>
            <source>%1 of %2 items scored; the band is given when all are scored.</source>
            <translation>%1 av %2 kriterier poängsatta; nivån anges när alla är poängsatta.</translation>
        </message>
        <message>
            <source>%1: %2 / %3</source>
            <translation>%1: %2 / %3</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Förslag</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Poäng</translation>
        </message>
        <message>
            <source>Figure (cases)</source>
            <translation>Värde (fall)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>not enough data</source>
            <translation>inte tillräckligt med data</translation>
        </message>
        <message>
            <source>overruled</source>
            <translation>avviker från förslaget</translation>
        </message>
        <message>
            <source>Earlier reviews</source>
            <translation>Tidigare bedömningar</translation>
        </message>
        <message>
            <source>This is the first saved review.</source>
            <translation>Detta är den första sparade bedömningen.</translation>
        </message>
        <message>
            <source>Thresholds behind the proposals</source>
            <translation>Poänggränserna bakom förslagen</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Värde</translation>
        </message>
        <message>
            <source>5 / 4 / 3 / 2 / 1</source>
            <translation>5 / 4 / 3 / 2 / 1</translation>
        </message>
        <message>
            <source>Fewest cases</source>
            <translation>Minst antal fall</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Källa</translation>
        </message>
        <message>
            <source>Page %1 / %2</source>
            <translation>Sida %1 / %2</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Avsnitt</translation>
        </message>
        <message>
            <source>Overruled</source>
            <translation>Avviker från förslaget</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Fall</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <source>* overruled: the score differs from the proposal; the reason is in the note.</source>
            <translation>* avviker från förslaget: poängen skiljer sig från den föreslagna; motiveringen finns i anteckningen.</translation>
        </message>
        <message>
            <source>%1. %2, per specialist</source>
            <translation>%1. %2, per arbetshandledare</translation>
        </message>
        <message>
            <source>Specialist</source>
            <translation>Arbetshandledare</translation>
        </message>
        <message>
            <source>vs target (%1)</source>
            <translation>Jämfört med målet (%1)</translation>
        </message>
        <message>
            <source>meets the target</source>
            <translation>målet uppnås</translation>
        </message>
        <message>
            <source>%1 above</source>
            <translation>%1 över</translation>
        </message>
        <message>
            <source>%1 below</source>
            <translation>%1 under</translation>
        </message>
        <message>
            <source>Computed again from the records at the export; the figures above are those of the saving.</source>
            <translation>Beräknat på nytt utifrån anteckningarna vid exporten; siffrorna ovan är från när bedömningen sparades.</translation>
        </message>
        <message>
            <source>Scope: own clients</source>
            <translation>Omfattning: egna klienter</translation>
        </message>
        <message>
            <source>Scope: the whole team (the members' team files)</source>
            <translation>Omfattning: hela teamet (medlemmarnas teamfiler)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
    </context>
    <context>
        <name>FidelityItem</name>
        <message>
            <source>Staffing</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Tjänster</translation>
        </message>
        <message>
            <source>All five elements are in place.</source>
            <translation>Alla fem delar förverkligas.</translation>
        </message>
        <message>
            <source>Four of the five elements are in place.</source>
            <translation>Fyra av de fem delarna förverkligas.</translation>
        </message>
        <message>
            <source>Three of the five elements are in place.</source>
            <translation>Tre av de fem delarna förverkligas.</translation>
        </message>
        <message>
            <source>Two of the five elements are in place.</source>
            <translation>Två av de fem delarna förverkligas.</translation>
        </message>
        <message>
            <source>One element or none is in place.</source>
            <translation>En del eller ingen förverkligas.</translation>
        </message>
        <message>
            <source>Done for most clients (75–89 %).</source>
            <translation>Förverkligas för de flesta klienter (75–89 %).</translation>
        </message>
        <message>
            <source>Done for about half of the clients (50–74 %).</source>
            <translation>Förverkligas för ungefär hälften av klienterna (50–74 %).</translation>
        </message>
        <message>
            <source>Done for some clients (25–49 %).</source>
            <translation>Förverkligas för en del klienter (25–49 %).</translation>
        </message>
        <message>
            <source>Caseload size</source>
            <translation>Antal klienter</translation>
        </message>
        <message>
            <source>41 or more clients per full-time specialist.</source>
            <translation>41 eller fler klienter per heltidsanställd arbetshandledare.</translation>
        </message>
        <message>
            <source>31–40 clients per full-time specialist.</source>
            <translation>31–40 klienter per heltidsanställd arbetshandledare.</translation>
        </message>
        <message>
            <source>26–30 clients per full-time specialist.</source>
            <translation>26–30 klienter per heltidsanställd arbetshandledare.</translation>
        </message>
        <message>
            <source>21–25 clients per full-time specialist.</source>
            <translation>21–25 klienter per heltidsanställd arbetshandledare.</translation>
        </message>
        <message>
            <source>20 or fewer clients per full-time specialist.</source>
            <translation>Högst 20 klienter per heltidsanställd arbetshandledare.</translation>
        </message>
        <message>
            <source>Employment services staff</source>
            <translation>Arbetshandledarna arbetar enbart med arbetshandledning</translation>
        </message>
        <message>
            <source>Specialists spend less than 55 % of their time on employment services.</source>
            <translation>Arbetshandledarna använder mindre än 55 % av arbetstiden till arbetshandledning.</translation>
        </message>
        <message>
            <source>Specialists spend 55–74 % of their time on employment services.</source>
            <translation>Arbetshandledarna använder 55–74 % av arbetstiden till arbetshandledning.</translation>
        </message>
        <message>
            <source>Specialists spend 75–89 % of their time on employment services.</source>
            <translation>Arbetshandledarna använder 75–89 % av arbetstiden till arbetshandledning.</translation>
        </message>
        <message>
            <source>Specialists spend 90–95 % of their time on employment services.</source>
            <translation>Arbetshandledarna använder 90–95 % av arbetstiden till arbetshandledning.</translation>
        </message>
        <message>
            <source>Specialists provide only employment services.</source>
            <translation>Arbetshandledarna arbetar enbart med arbetshandledning.</translation>
        </message>
        <message>
            <source>Vocational generalists</source>
            <translation>Arbetshandledaren ansvarar för alla faser</translation>
        </message>
        <message>
            <source>Specialists only refer clients elsewhere.</source>
            <translation>Arbetshandledarna hänvisar bara klienter till andra tjänster.</translation>
        </message>
        <message>
            <source>Specialists carry out two phases of the service.</source>
            <translation>Arbetshandledarna genomför två av tjänstens faser.</translation>
        </message>
        <message>
            <source>Specialists carry out three phases of the service.</source>
            <translation>Arbetshandledarna genomför tre av tjänstens faser.</translation>
        </message>
        <message>
            <source>Specialists carry out four phases of the service.</source>
            <translation>Arbetshandledarna genomför fyra av tjänstens faser.</translation>
        </message>
        <message>
            <source>Each specialist carries each client through all phases of the service.</source>
            <translation>Samma arbetshandledare följer klienten genom alla faser av tjänsten.</translation>
        </message>
        <message>
            <source>Integration with treatment through team assignment</source>
            <translation>Integration med vården: arbetshandledaren som medlem i vårdteamet</translation>
        </message>
        <message>
            <source>Specialists are not part of any care team.</source>
            <translation>Arbetshandledarna hör inte till något vårdteam.</translation>
        </message>
        <message>
            <source>Specialists belong to care teams but less than half of the caseload comes from them.</source>
            <translation>Arbetshandledarna hör till vårdteam, men mindre än hälften av klienterna kommer därifrån.</translation>
        </message>
        <message>
            <source>Specialists belong to care teams; 50–74 % of the caseload comes from them.</source>
            <translation>Arbetshandledarna hör till vårdteam; 50–74 % av klienterna kommer därifrån.</translation>
        </message>
        <message>
            <source>Specialists belong to one or two care teams; 75–89 % of the caseload comes from them.</source>
            <translation>Arbetshandledarna hör till ett eller två vårdteam; 75–89 % av klienterna kommer därifrån.</translation>
        </message>
        <message>
            <source>Specialists belong to one or two care teams; 90 % or more of the caseload comes from them.</source>
            <translation>Arbetshandledarna hör till ett eller två vårdteam; minst 90 % av klienterna kommer därifrån.</translation>
        </message>
        <message>
            <source>Integration with treatment through frequent team contact</source>
            <translation>Integration med vården: täta kontakter med vårdteamet</translation>
        </message>
        <message>
            <source>Collaboration with employment services</source>
            <translation>Samarbete med sysselsättningstjänsterna</translation>
        </message>
        <message>
            <source>No contact with employment services about shared clients.</source>
            <translation>Ingen kontakt med sysselsättningstjänsterna om gemensamma klienter.</translation>
        </message>
        <message>
            <source>Occasional contact with employment services.</source>
            <translation>Enstaka kontakter med sysselsättningstjänsterna.</translation>
        </message>
        <message>
            <source>Meetings with employment services a few times a year and some contact.</source>
            <translation>Möten med sysselsättningstjänsterna några gånger per år och viss kontakt.</translation>
        </message>
        <message>
            <source>Meetings with employment services every 2–3 months and regular contact.</source>
            <translation>Möten med sysselsättningstjänsterna var 2–3 månad och regelbunden kontakt.</translation>
        </message>
        <message>
            <source>Monthly meetings with employment services and frequent contact about shared clients.</source>
            <translation>Möten med sysselsättningstjänsterna varje månad och täta kontakter om gemensamma klienter.</translation>
        </message>
        <message>
            <source>Vocational unit</source>
            <translation>IPS-teamet</translation>
        </message>
        <message>
            <source>Role of the team leader</source>
            <translation>Teamledarens roll</translation>
        </message>
        <message>
            <source>Zero exclusion</source>
            <translation>Ingen uteslutning</translation>
        </message>
        <message>
            <source>Clients are screened for readiness and many are excluded.</source>
            <translation>Klienternas beredskap bedöms och många utesluts.</translation>
        </message>
        <message>
            <source>Clients are often excluded for readiness, substance use or symptoms.</source>
            <translation>Klienter utesluts ofta på grund av beredskap, missbruk eller symtom.</translation>
        </message>
        <message>
            <source>Some clients are excluded or referrals come from few sources.</source>
            <translation>En del klienter utesluts eller så kommer remisserna från få håll.</translation>
        </message>
        <message>
            <source>No exclusion criteria, but referrals come mostly from staff.</source>
            <translation>Inga uteslutningskriterier, men remisserna kommer mest från personalen.</translation>
        </message>
        <message>
            <source>Everyone who wants to work is welcome; the whole service encourages referrals.</source>
            <translation>Alla som vill arbeta är välkomna; hela verksamheten uppmuntrar till remisser.</translation>
        </message>
        <message>
            <source>Agency focus on competitive work</source>
            <translation>Organisationens inriktning på den öppna arbetsmarknaden</translation>
        </message>
        <message>
            <source>Executive support for IPS</source>
            <translation>Ledningens stöd för IPS</translation>
        </message>
        <message>
            <source>Work incentives planning</source>
            <translation>Förmånsrådgivning</translation>
        </message>
        <message>
            <source>Benefits counselling is not offered.</source>
            <translation>Förmånsrådgivning erbjuds inte.</translation>
        </message>
        <message>
            <source>Benefits counselling for every client before each job start and when hours change.</source>
            <translation>Varje klient får förmånsrådgivning före varje anställning och när arbetstiden ändras.</translation>
        </message>
        <message>
            <source>Disclosure</source>
            <translation>Öppenhet om sjukdomen mot arbetsgivaren</translation>
        </message>
        <message>
            <source>Disclosure is not discussed, or it is required.</source>
            <translation>Öppenhet om sjukdomen diskuteras inte, eller så krävs den.</translation>
        </message>
        <message>
            <source>Disclosure is discussed with every client before job search and more than once.</source>
            <translation>Öppenhet om sjukdomen diskuteras med varje klient före arbetssökningen och mer än en gång.</translation>
        </message>
        <message>
            <source>Ongoing work-based assessment</source>
            <translation>Fortlöpande bedömning i arbetslivet</translation>
        </message>
        <message>
            <source>Assessment only before job search (tests, work trials).</source>
            <translation>Bedömning endast före arbetssökningen (tester, arbetsprövning).</translation>
        </message>
        <message>
            <source>The vocational profile is updated after every job start and end.</source>
            <translation>Yrkesprofilen uppdateras efter varje anställnings början och slut.</translation>
        </message>
        <message>
            <source>Rapid job search</source>
            <translation>Snabb arbetssökning</translation>
        </message>
        <message>
            <source>First face-to-face employer contact 271 days or more after the agreement.</source>
            <translation>Första personliga arbetsgivarmötet 271 dagar eller mer efter avtalet.</translation>
        </message>
        <message>
            <source>First face-to-face employer contact 151–270 days after the agreement.</source>
            <translation>Första personliga arbetsgivarmötet 151–270 dagar efter avtalet.</translation>
        </message>
        <message>
            <source>First face-to-face employer contact 61–150 days after the agreement.</source>
            <translation>Första personliga arbetsgivarmötet 61–150 dagar efter avtalet.</translation>
        </message>
        <message>
            <source>First face-to-face employer contact 31–60 days after the agreement.</source>
            <translation>Första personliga arbetsgivarmötet 31–60 dagar efter avtalet.</translation>
        </message>
        <message>
            <source>First face-to-face employer contact within 30 days of the agreement.</source>
            <translation>Första personliga arbetsgivarmötet inom 30 dagar från avtalet.</translation>
        </message>
        <message>
            <source>Individualised job search</source>
            <translation>Individuell arbetssökning</translation>
        </message>
        <message>
            <source>Job search follows the jobs available, not the client's wishes.</source>
            <translation>Arbetssökningen utgår från lediga jobb, inte från klientens önskemål.</translation>
        </message>
        <message>
            <source>Job search follows every client's own wishes, strengths and needs.</source>
            <translation>Arbetssökningen utgår från varje klients egna önskemål, styrkor och behov.</translation>
        </message>
        <message>
            <source>Frequent employer contact</source>
            <translation>Täta arbetsgivarkontakter</translation>
        </message>
        <message>
            <source>At most one face-to-face employer contact per specialist a week.</source>
            <translation>Högst en personlig arbetsgivarkontakt per arbetshandledare i veckan.</translation>
        </message>
        <message>
            <source>Two face-to-face employer contacts per specialist a week.</source>
            <translation>Två personliga arbetsgivarkontakter per arbetshandledare i veckan.</translation>
        </message>
        <message>
            <source>Three or four face-to-face employer contacts per specialist a week.</source>
            <translation>Tre eller fyra personliga arbetsgivarkontakter per arbetshandledare i veckan.</translation>
        </message>
        <message>
            <source>Five face-to-face employer contacts per specialist a week.</source>
            <translation>Fem personliga arbetsgivarkontakter per arbetshandledare i veckan.</translation>
        </message>
        <message>
            <source>Six or more face-to-face employer contacts per specialist a week.</source>
            <translation>Sex eller fler personliga arbetsgivarkontakter per arbetshandledare i veckan.</translation>
        </message>
        <message>
            <source>Quality of employer contact</source>
            <translation>Arbetsgivarkontakternas kvalitet</translation>
        </message>
        <message>
            <source>Diversity of job types</source>
            <translation>Variation i typer av arbeten</translation>
        </message>
        <message>
            <source>Less than 50 % of the jobs are of different types.</source>
            <translation>Mindre än 50 % av arbetena är av olika typ.</translation>
        </message>
        <message>
            <source>50–59 % of the jobs are of different types.</source>
            <translation>50–59 % av arbetena är av olika typ.</translation>
        </message>
        <message>
            <source>60–69 % of the jobs are of different types.</source>
            <translation>60–69 % av arbetena är av olika typ.</translation>
        </message>
        <message>
            <source>70–84 % of the jobs are of different types.</source>
            <translation>70–84 % av arbetena är av olika typ.</translation>
        </message>
        <message>
            <source>85 % or more of the jobs are of different types.</source>
            <translation>Minst 85 % av arbetena är av olika typ.</translation>
        </message>
        <message>
            <source>Diversity of employers</source>
            <translation>Variation i arbetsgivare</translation>
        </message>
        <message>
            <source>Less than 50 % of the jobs are with different employers.</source>
            <translation>Mindre än 50 % av arbetena är hos olika arbetsgivare.</translation>
        </message>
        <message>
            <source>50–59 % of the jobs are with different employers.</source>
            <translation>50–59 % av arbetena är hos olika arbetsgivare.</translation>
        </message>
        <message>
            <source>60–69 % of the jobs are with different employers.</source>
            <translation>60–69 % av arbetena är hos olika arbetsgivare.</translation>
        </message>
        <message>
            <source>70–84 % of the jobs are with different employers.</source>
            <translation>70–84 % av arbetena är hos olika arbetsgivare.</translation>
        </message>
        <message>
            <source>85 % or more of the jobs are with different employers.</source>
            <translation>Minst 85 % av arbetena är hos olika arbetsgivare.</translation>
        </message>
        <message>
            <source>Competitive jobs</source>
            <translation>Arbete på den öppna arbetsmarknaden</translation>
        </message>
        <message>
            <source>Less than 65 % of the jobs are on the open labour market.</source>
            <translation>Mindre än 65 % av arbetena finns på den öppna arbetsmarknaden.</translation>
        </message>
        <message>
            <source>65–74 % of the jobs are on the open labour market.</source>
            <translation>65–74 % av arbetena finns på den öppna arbetsmarknaden.</translation>
        </message>
        <message>
            <source>75–84 % of the jobs are on the open labour market.</source>
            <translation>75–84 % av arbetena finns på den öppna arbetsmarknaden.</translation>
        </message>
        <message>
            <source>85–94 % of the jobs are on the open labour market.</source>
            <translation>85–94 % av arbetena finns på den öppna arbetsmarknaden.</translation>
        </message>
        <message>
            <source>95 % or more of the jobs are on the open labour market.</source>
            <translation>Minst 95 % av arbetena finns på den öppna arbetsmarknaden.</translation>
        </message>
        <message>
            <source>Individualised follow-along support</source>
            <translation>Individuellt stöd under anställningen</translation>
        </message>
        <message>
            <source>In-work support is the same for everyone, or none is offered.</source>
            <translation>Stödet under anställningen är likadant för alla, eller så erbjuds inget.</translation>
        </message>
        <message>
            <source>In-work support is tailored to every client and employer.</source>
            <translation>Stödet under anställningen anpassas till varje klient och arbetsgivare.</translation>
        </message>
        <message>
            <source>Time-unlimited follow-along support</source>
            <translation>Tidsobegränsat stöd under anställningen</translation>
        </message>
        <message>
            <source>In-work support is time-limited or not offered.</source>
            <translation>Stödet under anställningen är tidsbegränsat eller erbjuds inte.</translation>
        </message>
        <message>
            <source>Contact within a week before and 3 days after every job start, weekly in the first month, monthly after; within 3 days of a job loss.</source>
            <translation>Kontakt inom en vecka före och 3 dagar efter varje anställnings början, varje vecka den första månaden och sedan varje månad; inom 3 dagar efter att ett arbete upphört.</translation>
        </message>
        <message>
            <source>Community-based services</source>
            <translation>Tjänsten ges i klientens vardagsmiljö</translation>
        </message>
        <message>
            <source>Less than 30 % of the contacts are outside the clinic.</source>
            <translation>Mindre än 30 % av kontakterna sker utanför mottagningen.</translation>
        </message>
        <message>
            <source>30–39 % of the contacts are outside the clinic.</source>
            <translation>30–39 % av kontakterna sker utanför mottagningen.</translation>
        </message>
        <message>
            <source>40–49 % of the contacts are outside the clinic.</source>
            <translation>40–49 % av kontakterna sker utanför mottagningen.</translation>
        </message>
        <message>
            <source>50–64 % of the contacts are outside the clinic.</source>
            <translation>50–64 % av kontakterna sker utanför mottagningen.</translation>
        </message>
        <message>
            <source>65 % or more of the contacts are outside the clinic.</source>
            <translation>Minst 65 % av kontakterna sker utanför mottagningen.</translation>
        </message>
        <message>
            <source>Assertive engagement and outreach</source>
            <translation>Aktivt uppsökande arbete och kontakthållning</translation>
        </message>
        <message>
            <source>Exemplary fidelity (115–125)</source>
            <translation>Utmärkt nivå (115–125)</translation>
        </message>
        <message>
            <source>Good fidelity (100–114)</source>
            <translation>God nivå (100–114)</translation>
        </message>
        <message>
            <source>Fair fidelity (74–99)</source>
            <translation>Måttlig nivå (74–99)</translation>
        </message>
        <message>
            <source>Not IPS (73 or less)</source>
            <translation>Inte enligt IPS-modellen (73 eller mindre)</translation>
        </message>
    </context>
    <context>
        <name>FidelityItemsModel</name>
        <message>
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Avsnitt</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Förslag</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Poäng</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>not enough data</source>
            <translation>inte tillräckligt med data</translation>
        </message>
        <message>
            <source>%1 (overruled)</source>
            <translation>%1 (avviker från förslaget)</translation>
        </message>
    </context>
    <context>
        <name>FidelityPage</name>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>dd.mm.åååå</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Från</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Till</translation>
        </message>
        <message>
            <source>Own clients</source>
            <translation>Egna klienter</translation>
        </message>
        <message>
            <source>Whole team</source>
            <translation>Hela teamet</translation>
        </message>
        <message>
            <source>Whose clients the review covers</source>
            <translation>Vilkas klienter bedömningen omfattar</translation>
        </message>
        <message>
            <source>Sco&amp;pe</source>
            <translation>O&amp;mfattning</translation>
        </message>
        <message>
            <source>Start &amp;review</source>
            <translation>Börja &amp;bedömning</translation>
        </message>
        <message>
            <source>&amp;Earlier reviews</source>
            <translation>Tidi&amp;gare bedömningar</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Öppna</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <source>Language of the exported review</source>
            <translation>Språk för den exporterade bedömningen</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportera…</translation>
        </message>
        <message>
            <source>Computing the items from the records…</source>
            <translation>Kriterierna beräknas utifrån anteckningarna…</translation>
        </message>
        <message>
            <source>The 25 quality criteria</source>
            <translation>De 25 kvalitetskriterierna</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Poäng</translation>
        </message>
        <message>
            <source>Not scored</source>
            <translation>Inte poängsatt</translation>
        </message>
        <message>
            <source>&amp;Note (needed when you overrule the proposal)</source>
            <translation>&amp;Anteckning (behövs om du avviker från förslaget)</translation>
        </message>
        <message>
            <source>Computed from the records</source>
            <translation>Beräknat utifrån anteckningarna</translation>
        </message>
        <message>
            <source>Evidence: the cases the figure rests on</source>
            <translation>Underlag: fallen som siffran bygger på</translation>
        </message>
        <message>
            <source>%1 (whole team)</source>
            <translation>%1 (hela teamet)</translation>
        </message>
        <message>
            <source>(%1/25 scored)</source>
            <translation>(%1/25 poängsatta)</translation>
        </message>
        <message>
            <source>Unsaved review</source>
            <translation>Osparad bedömning</translation>
        </message>
        <message>
            <source>The review has changes that are not saved. Discard them?</source>
            <translation>Bedömningen har ändringar som inte sparats. Vill du förkasta dem?</translation>
        </message>
        <message>
            <source>Start a review</source>
            <translation>Börja en bedömning</translation>
        </message>
        <message>
            <source>Give the period as d.m.yyyy.</source>
            <translation>Ange perioden som d.m.åååå.</translation>
        </message>
        <message>
            <source>Open a review</source>
            <translation>Öppna en bedömning</translation>
        </message>
        <message>
            <source>New review of the whole team, %1–%2 (not saved yet)</source>
            <translation>Ny bedömning av hela teamet för %1–%2 (inte sparad ännu)</translation>
        </message>
        <message>
            <source>Review of the whole team, %1–%2, saved</source>
            <translation>Bedömning av hela teamet för %1–%2, sparad</translation>
        </message>
        <message>
            <source>New review of %1–%2 (not saved yet)</source>
            <translation>Ny bedömning för %1–%2 (inte sparad ännu)</translation>
        </message>
        <message>
            <source>Review of %1–%2, saved</source>
            <translation>Bedömning för %1–%2, sparad</translation>
        </message>
        <message>
            <source>%1: no figure (%2 cases)</source>
            <translation>%1: inget värde (%2 fall)</translation>
        </message>
        <message>
            <source>%1: %2 (%3 %4)</source>
            <translation>%1: %2 (%3 %4)</translation>
        </message>
        <message>
            <source>Proposed score: %1</source>
            <translation>Föreslagen poäng: %1</translation>
        </message>
        <message>
            <source>Not enough data for a proposal: at least %1 %2 are needed.</source>
            <translation>Inte tillräckligt med data för ett förslag: minst %1 (%2) behövs.</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <source>You overrule the proposed score %1; both are kept.</source>
            <translation>Du avviker från den föreslagna poängen %1; båda sparas.</translation>
        </message>
        <message>
            <source>Say why in the note.</source>
            <translation>Ange orsaken i anteckningen.</translation>
        </message>
        <message>
            <source>Total %1 / %2</source>
            <translation>Totalt %1 / %2</translation>
        </message>
        <message>
            <source>%1 of 25 items scored</source>
            <translation>%1 av 25 kriterier poängsatta</translation>
        </message>
        <message>
            <source>Save the review</source>
            <translation>Spara bedömningen</translation>
        </message>
        <message>
            <source>Saving the review…</source>
            <translation>Bedömningen sparas…</translation>
        </message>
        <message>
            <source>fidelity-review</source>
            <translation>kvalitetsbedomning</translation>
        </message>
        <message>
            <source>Export the review</source>
            <translation>Exportera bedömningen</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf);;CSV for Excel (*.csv)</source>
            <translation>PDF-dokument (*.pdf);;CSV för Excel (*.csv)</translation>
        </message>
        <message>
            <source>The review could not be saved: %1</source>
            <translation>Bedömningen kunde inte sparas: %1</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>%1 skrivs…</translation>
        </message>
        <message>
            <source>&amp;Fidelity</source>
            <translation>Kvalitets&amp;bedömning</translation>
        </message>
    </context>
    <context>
        <name>FidelityReview</name>
        <message>
            <source>The period must end on or after its start.</source>
            <translation>Perioden kan inte sluta före sin början.</translation>
        </message>
        <message>
            <source>The period cannot end in the future.</source>
            <translation>Perioden kan inte sluta i framtiden.</translation>
        </message>
        <message>
            <source>A score is a whole number from 1 to 5.</source>
            <translation>Poängen är ett heltal från 1 till 5.</translation>
        </message>
        <message>
            <source>Say why you overrule the proposed score %1 (a note is needed).</source>
            <translation>Ange varför du avviker från den föreslagna poängen %1 (en anteckning behövs).</translation>
        </message>
        <message>
            <source>There is no item %1 in the scale.</source>
            <translation>Kriterierna har ingen punkt %1.</translation>
        </message>
        <message>
            <source>A review covers your own clients or the whole team.</source>
            <translation>En bedömning omfattar antingen dina egna klienter eller hela teamet.</translation>
        </message>
    </context>
    <context>
        <name>FidelityThreshold</name>
        <message>
            <source>IPS fidelity scale (2008), checked against its text.</source>
            <translation>IPS-kvalitetskriterierna (2008), kontrollerat mot texten.</translation>
        </message>
        <message>
            <source>Common reading of the 2019 IPS fidelity manual; not checked against the manual.</source>
            <translation>Vanlig tolkning av 2019 års handbok för IPS-kvalitetskriterierna; inte kontrollerat mot handboken.</translation>
        </message>
        <message>
            <source>ipsdesk's reading of a descriptive anchor as the share of cases that meet it; not checked against the manual.</source>
            <translation>ipsdesks tolkning av en beskrivande nivå som andelen fall som uppfyller den; inte kontrollerat mot handboken.</translation>
        </message>
        <message>
            <source>2019 IPS fidelity manual: the 65 % bound is checked, the others are not.</source>
            <translation>2019 års handbok: gränsen 65 % är kontrollerad, de övriga inte.</translation>
        </message>
        <message>
            <source>clients</source>
            <translation>klienter</translation>
        </message>
        <message>
            <source>jobs</source>
            <translation>arbeten</translation>
        </message>
        <message>
            <source>job starts and ends</source>
            <translation>anställningar som börjat eller upphört</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>veckor</translation>
        </message>
        <message>
            <source>contacts</source>
            <translation>kontakter</translation>
        </message>
        <message>
            <source>Active clients per full-time specialist</source>
            <translation>Aktiva klienter per heltidsanställd arbetshandledare</translation>
        </message>
        <message>
            <source>Clients served by one specialist through all phases</source>
            <translation>Klienter som haft samma arbetshandledare i alla faser</translation>
        </message>
        <message>
            <source>A job start is met by benefits counselling after the client's previous job start and on or before the start; an hours change by counselling from 30 days before to 30 days after the change. The 30 days are ipsdesk's reading: the scale and the IPS model guide say only “when hours change”, so this window could not be checked. An hours change is recorded when a running job's hours are changed, on the day of the edit.</source>
            <translation>En anställning som börjar räknas som uppfylld när förmånsrådgivning getts efter klientens föregående anställnings början och senast samma dag som den börjar; en ändrad arbetstid när rådgivning getts från 30 dagar före till 30 dagar efter ändringen. De 30 dagarna är ipsdesks tolkning: skalan och IPS-modellens guide säger bara ”när arbetstiden ändras”, så tidsfönstret har inte kunnat kontrolleras. En ändrad arbetstid registreras när timmarna för en pågående anställning ändras, på den dag ändringen görs.</translation>
        </message>
        <message>
            <source>job starts and hours changes</source>
            <translation>påbörjade anställningar och ändringar av arbetstiden</translation>
        </message>
        <message>
            <source>Job starts and hours changes with benefits counselling in time</source>
            <translation>Påbörjade anställningar och ändringar av arbetstiden med förmånsrådgivning i tid</translation>
        </message>
        <message>
            <source>Clients in job search with disclosure discussed before it and more than once</source>
            <translation>Arbetssökande klienter med vilka öppenhet om sjukdomen diskuterats före sökningen och mer än en gång</translation>
        </message>
        <message>
            <source>Job starts and ends followed by a profile update within 30 days</source>
            <translation>Anställningar som börjat eller upphört och följts av en uppdaterad yrkesprofil inom 30 dagar</translation>
        </message>
        <message>
            <source>Days from the agreement to the first face-to-face employer contact (mean)</source>
            <translation>Dagar från avtalet till det första personliga arbetsgivarmötet (medelvärde)</translation>
        </message>
        <message>
            <source>Face-to-face employer contacts per full-time specialist per week</source>
            <translation>Personliga arbetsgivarkontakter per heltidsanställd arbetshandledare och vecka</translation>
        </message>
        <message>
            <source>Jobs of different types</source>
            <translation>Arbeten av olika typ</translation>
        </message>
        <message>
            <source>Jobs with different employers</source>
            <translation>Arbeten hos olika arbetsgivare</translation>
        </message>
        <message>
            <source>Jobs on the open labour market (wage subsidy included)</source>
            <translation>Arbeten på den öppna arbetsmarknaden (med lönesubvention medräknade)</translation>
        </message>
        <message>
            <source>Jobs whose follow-along contacts were all made in time</source>
            <translation>Arbeten där alla stödkontakter skedde i tid</translation>
        </message>
        <message>
            <source>In-person contacts outside the clinic</source>
            <translation>Personliga kontakter utanför mottagningen</translation>
        </message>
    </context>
    <context>
        <name>FigureModel</name>
        <message>
            <source>Figure</source>
            <translation>Nyckeltal</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Värde</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Mål</translation>
        </message>
    </context>
    <context>
        <name>FileNames</name>
        <message>
            <source>action-plan</source>
            <translation>handlingsplan</translation>
        </message>
        <message>
            <source>access-log</source>
            <translation>logg</translation>
        </message>
        <message>
            <source>record</source>
            <translation>klientuppgifter</translation>
        </message>
    </context>
    <context>
        <name>FormWidget</name>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>dd.mm.åååå</translation>
        </message>
    </context>
    <context>
        <name>HubDialog</name>
        <message>
            <source>Team hub</source>
            <translation>Teamdatabas</translation>
        </message>
        <message>
            <source>A team hub is a PostgreSQL database run by the county's IT. ipsdesk sends it what your team file carries (pseudonymous: no names, identity codes or notes). Ask IT for these settings and the CA certificate file.</source>
            <translation>En teamdatabas är en PostgreSQL-databas som välfärdsområdets IT sköter. ipsdesk skickar dit det som din teamfil innehåller (pseudonymiserat: inga namn, personbeteckningar eller anteckningar). Be IT om dessa inställningar och CA-certifikatfilen.</translation>
        </message>
        <message>
            <source>verify-full: check the certificate and the server's name</source>
            <translation>verify-full: kontrollera certifikatet och serverns namn</translation>
        </message>
        <message>
            <source>verify-ca: check the certificate only</source>
            <translation>verify-ca: kontrollera bara certifikatet</translation>
        </message>
        <message>
            <source>require: encrypted, the certificate not checked</source>
            <translation>require: krypterat, certifikatet kontrolleras inte</translation>
        </message>
        <message>
            <source>prefer: encrypted if the server offers it</source>
            <translation>prefer: krypterat om servern erbjuder det</translation>
        </message>
        <message>
            <source>disable: not encrypted (only for a test server)</source>
            <translation>disable: okrypterat (bara för en testserver)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bläddra…</translation>
        </message>
        <message>
            <source>Choose the CA certificate file</source>
            <translation>Välj CA-certifikatfilen</translation>
        </message>
        <message>
            <source>Ser&amp;ver:</source>
            <translation>Ser&amp;ver:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ort:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Databas:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Användarnamn:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Lösenord:</translation>
        </message>
        <message>
            <source>TLS &amp;mode:</source>
            <translation>TLS-l&amp;äge:</translation>
        </message>
        <message>
            <source>CA certificate &amp;file:</source>
            <translation>CA-certi&amp;fikatfil:</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Testa anslutningen</translation>
        </message>
        <message>
            <source>Send &amp;now</source>
            <translation>Skicka &amp;nu</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>No team hub is set up: nothing is sent, and ipsdesk opens no network connection.</source>
            <translation>Ingen teamdatabas är inställd: ingenting skickas, och ipsdesk öppnar inga nätverksanslutningar.</translation>
        </message>
        <message>
            <source>Last sent: %1 (%2 rows on the hub).</source>
            <translation>Senast skickat: %1 (%2 rader i teamdatabasen).</translation>
        </message>
        <message>
            <source>Not sent to the hub yet.</source>
            <translation>Ingenting har ännu skickats till teamdatabasen.</translation>
        </message>
        <message>
            <source>CA certificate file</source>
            <translation>CA-certifikatfil</translation>
        </message>
        <message>
            <source>Connecting to the team hub…</source>
            <translation>Ansluter till teamdatabasen…</translation>
        </message>
        <message>
            <source>The connection works: %1, PostgreSQL %2, hub schema %3. This account sends as member %4.</source>
            <translation>Anslutningen fungerar: %1, PostgreSQL %2, teamdatabasens schema %3. Detta konto skickar som medlem %4.</translation>
        </message>
        <message>
            <source>The connection works: %1, PostgreSQL %2, hub schema %3. This account only reads (a team leader or the county coordinator).</source>
            <translation>Anslutningen fungerar: %1, PostgreSQL %2, teamdatabasens schema %3. Detta konto kan bara läsa (en teamledare eller välfärdsområdets koordinator).</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Testa anslutningen</translation>
        </message>
        <message>
            <source>Sending to the team hub…</source>
            <translation>Skickar till teamdatabasen…</translation>
        </message>
        <message>
            <source>Sent at %1: %2 rows added, %3 removed; %4 rows on the hub.</source>
            <translation>Skickat %1: %2 rader tillagda, %3 borttagna; %4 rader i teamdatabasen.</translation>
        </message>
        <message>
            <source>Send now</source>
            <translation>Skicka nu</translation>
        </message>
    </context>
    <context>
        <name>HubError</name>
        <message>
            <source>No team hub is set up (Tools → Team hub); no connection was made.</source>
            <translation>Ingen teamdatabas är inställd (Verktyg → Teamdatabas); ingen anslutning gjordes.</translation>
        </message>
        <message>
            <source>No team hub is set up (Tools → Team hub); nothing was sent.</source>
            <translation>Ingen teamdatabas är inställd (Verktyg → Teamdatabas); ingenting skickades.</translation>
        </message>
        <message>
            <source>The team hub %1 cannot be reached (no network, or the server is down); try again on the county network.</source>
            <translation>Teamdatabasen %1 kan inte nås (inget nätverk, eller servern är nere); försök igen i välfärdsområdets nätverk.</translation>
        </message>
        <message>
            <source>The team hub %1 cannot be reached (no network, or the server is down). Nothing was sent; try again on the county network.</source>
            <translation>Teamdatabasen %1 kan inte nås (inget nätverk, eller servern är nere). Ingenting skickades; försök igen i välfärdsområdets nätverk.</translation>
        </message>
        <message>
            <source>The secure (TLS) connection to the team hub %1 failed: the server offers no TLS or its certificate could not be verified (ask IT for the CA certificate file).</source>
            <translation>Den skyddade (TLS) anslutningen till teamdatabasen %1 misslyckades: servern erbjuder ingen TLS eller dess certifikat kunde inte verifieras (be IT om CA-certifikatfilen).</translation>
        </message>
        <message>
            <source>The team hub refused the user name or password for %1.</source>
            <translation>Teamdatabasen godkände inte användarnamnet eller lösenordet för %1.</translation>
        </message>
        <message>
            <source>The team hub accepted %1 but it lacks the rights for this (ask IT to add your account to the hub's roles).</source>
            <translation>Teamdatabasen godkände %1 men kontot saknar behörighet för detta (be IT lägga till ditt konto i teamdatabasens roller).</translation>
        </message>
        <message>
            <source>The team hub has no account for this member (member id %1): ask IT to add it.</source>
            <translation>Teamdatabasen har inget konto för denna medlem (medlems-id %1): be IT lägga till det.</translation>
        </message>
        <message>
            <source>The team hub's database is not set up for this ipsdesk yet (ask IT to run 'ipsdesk hub init-schema').</source>
            <translation>Teamdatabasen är ännu inte förberedd för denna version av ipsdesk (be IT köra 'ipsdesk hub init-schema').</translation>
        </message>
        <message>
            <source>The team hub was set up by a newer ipsdesk (schema %1): update ipsdesk first.</source>
            <translation>Teamdatabasen förbereddes med en nyare ipsdesk (schema %1): uppdatera ipsdesk först.</translation>
        </message>
        <message>
            <source>This store is not in a team yet: join a team before sending to the hub.</source>
            <translation>Detta datalager hör ännu inte till något team: gå med i ett team innan du skickar till teamdatabasen.</translation>
        </message>
        <message>
            <source>The team hub answered with an error: %1</source>
            <translation>Teamdatabasen svarade med ett fel: %1</translation>
        </message>
        <message>
            <source>No team hub is set up, so there is nothing to report from (set it up in Tools → Team hub or with 'ipsdesk hub setup'; without --hub the report uses this store's team data).</source>
            <translation>Ingen teamdatabas är inställd, så det finns inget att rapportera från (ställ in den under Verktyg → Teamdatabas eller med 'ipsdesk hub setup'; utan --hub görs rapporten av teamuppgifterna i detta datalager).</translation>
        </message>
        <message>
            <source>The team hub shows no team %1 to this account (a team leader sees only their own team; check the team id).</source>
            <translation>Teamdatabasen visar inget team %1 för det här kontot (en teamledare ser bara sitt eget team; kontrollera teamets id).</translation>
        </message>
    </context>
    <context>
        <name>HubReport</name>
        <message>
            <source>Team hub: team %1</source>
            <translation>Teamdatabas: team %1</translation>
        </message>
        <message>
            <source>Team hub: every team visible (%1)</source>
            <translation>Teamdatabas: alla synliga team (%1)</translation>
        </message>
    </context>
    <context>
        <name>JobType</name>
        <message>
            <source>0 Armed forces occupations</source>
            <translation>0 Militärer</translation>
        </message>
        <message>
            <source>1 Managers</source>
            <translation>1 Chefer</translation>
        </message>
        <message>
            <source>2 Professionals</source>
            <translation>2 Specialister</translation>
        </message>
        <message>
            <source>3 Technicians and associate professionals</source>
            <translation>3 Experter</translation>
        </message>
        <message>
            <source>4 Clerical support workers</source>
            <translation>4 Kontors- och kundtjänstpersonal</translation>
        </message>
        <message>
            <source>5 Service and sales workers</source>
            <translation>5 Service-, omsorgs- och försäljningspersonal</translation>
        </message>
        <message>
            <source>6 Skilled agricultural, forestry and fishery workers</source>
            <translation>6 Jordbrukare, skogsarbetare m.fl.</translation>
        </message>
        <message>
            <source>7 Craft and related trades workers</source>
            <translation>7 Byggnads-, reparations- och tillverkningsarbetare</translation>
        </message>
        <message>
            <source>8 Plant and machine operators and assemblers</source>
            <translation>8 Process- och transportarbetare</translation>
        </message>
        <message>
            <source>9 Elementary occupations</source>
            <translation>9 Övriga arbetstagare</translation>
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <source>Join a team</source>
            <translation>Gå med i ett team</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Välj…</translation>
        </message>
        <message>
            <source>Invitation &amp;file</source>
            <translation>Inbjudnings&amp;fil</translation>
        </message>
        <message>
            <source>Invitation &amp;code</source>
            <translation>Inbjudnings&amp;kod</translation>
        </message>
        <message>
            <source>The team leader gives the code separately from the file.</source>
            <translation>Teamledaren ger koden separat från filen.</translation>
        </message>
        <message>
            <source>Invitation file</source>
            <translation>Inbjudningsfil</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>ipsdesk is locked</source>
            <translation>ipsdesk är låst</translation>
        </message>
        <message>
            <source>Client data is hidden. Type your passphrase to continue where you left off.</source>
            <translation>Klientuppgifterna är dolda. Skriv din lösenfras för att fortsätta där du slutade.</translation>
        </message>
        <message>
            <source>Passphrase or recovery key</source>
            <translation>Lösenfras eller återställningsnyckel</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Lås upp</translation>
        </message>
        <message>
            <source>Wrong passphrase or recovery key.</source>
            <translation>Fel lösenfras eller återställningsnyckel.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>DEMO (invented data, not saved)</source>
            <translation>DEMO (fiktiva uppgifter, sparas inte)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>&amp;New client…</source>
            <translation>&amp;Ny klient…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Gå</translation>
        </message>
        <message>
            <source>&amp;Caseload</source>
            <translation>&amp;Klienter</translation>
        </message>
        <message>
            <source>&amp;Search clients</source>
            <translation>&amp;Sök klient</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Lås</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Verktyg</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <source>&amp;About ipsdesk</source>
            <translation>&amp;Om ipsdesk</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Ny klient</translation>
        </message>
        <message>
            <source>About ipsdesk</source>
            <translation>Om ipsdesk</translation>
        </message>
        <message>
            <source>ipsdesk %1
An offline workbench for IPS employment specialists.</source>
            <translation>ipsdesk %1
Ett arbetsverktyg för IPS-arbetshandledare som fungerar utan nätförbindelse.</translation>
        </message>
        <message>
            <source>Automatic backup failed; see the log.</source>
            <translation>Den automatiska säkerhetskopieringen misslyckades; mer information finns i loggen.</translation>
        </message>
        <message>
            <source>ipsdesk closed unexpectedly</source>
            <translation>ipsdesk stängdes oväntat</translation>
        </message>
        <message>
            <source>ipsdesk closed unexpectedly last time. Everything you had saved is in the store. A crash report without client data was written to %1; IT support may ask for it.</source>
            <translation>ipsdesk stängdes oväntat förra gången. Allt du hade sparat finns kvar i databasen. En felrapport utan klientuppgifter har sparats: %1. IT-stödet kan be att få den.</translation>
        </message>
    </context>
    <context>
        <name>MemberModel</name>
        <message>
            <source>Member</source>
            <translation>Medlem</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Team file made</source>
            <translation>Teamfil skapad</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation>Klientantal</translation>
        </message>
        <message>
            <source>Needs a new invitation</source>
            <translation>Behöver en ny inbjudan</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Borttagen</translation>
        </message>
        <message>
            <source>No file yet</source>
            <translation>Ingen fil ännu</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Specialist</source>
            <translation>Arbetshandledare</translation>
        </message>
        <message>
            <source>Caseload / target</source>
            <translation>Klienter / mål</translation>
        </message>
        <message>
            <source>Employer contacts / target</source>
            <translation>Arbetsgivarkontakter / mål</translation>
        </message>
        <message>
            <source>Face-to-face</source>
            <translation>Ansikte mot ansikte</translation>
        </message>
        <message>
            <source>File of</source>
            <translation>Fil från</translation>
        </message>
        <message>
            <source>own caseload</source>
            <translation>egna klienter</translation>
        </message>
        <message>
            <source>no file</source>
            <translation>ingen fil</translation>
        </message>
        <message>
            <source>The file is missing or older than the week: ask for a new one.</source>
            <translation>Filen saknas eller är äldre än veckan: be om en ny.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Set a new passphrase</source>
            <translation>Ange en ny lösenfras</translation>
        </message>
        <message>
            <source>You unlocked ipsdesk with the recovery key. Choose a new passphrase now: a few unrelated words (at least 8 characters). The recovery key keeps working; put the recovery sheet back in its safe.</source>
            <translation>Du låste upp ipsdesk med återställningsnyckeln. Välj en ny lösenfras nu: några orelaterade ord (minst 8 tecken). Återställningsnyckeln fungerar fortfarande; lägg tillbaka återställningsbladet i kassaskåpet.</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Byt lösenfras</translation>
        </message>
        <message>
            <source>Choose a new passphrase: a few unrelated words (at least 8 characters) are easy to remember and hard to guess. Your recovery key keeps working as before; keep the recovery sheet in its safe.</source>
            <translation>Välj en ny lösenfras: några orelaterade ord (minst 8 tecken) är lätta att minnas och svåra att gissa. Din återställningsnyckel fungerar som förut; förvara återställningsbladet i kassaskåpet.</translation>
        </message>
        <message>
            <source>Current passphrase (or recovery key)</source>
            <translation>Nuvarande lösenfras (eller återställningsnyckel)</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Ny lösenfras</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>Ny lösenfras igen</translation>
        </message>
        <message>
            <source>At least 8 characters; several words are best.</source>
            <translation>Minst 8 tecken; flera ord är bäst.</translation>
        </message>
        <message>
            <source>Strong enough.</source>
            <translation>Tillräckligt stark.</translation>
        </message>
        <message>
            <source>The current passphrase (or recovery key) is wrong. Nothing was changed.</source>
            <translation>Den nuvarande lösenfrasen (eller återställningsnyckeln) är fel. Inget ändrades.</translation>
        </message>
    </context>
    <context>
        <name>Phase</name>
        <message>
            <source>Agreement</source>
            <translation>Avtal</translation>
        </message>
        <message>
            <source>Vocational profile</source>
            <translation>Yrkesprofil</translation>
        </message>
        <message>
            <source>Job search</source>
            <translation>Arbetssökning</translation>
        </message>
        <message>
            <source>Employer work</source>
            <translation>Arbete med arbetsgivaren</translation>
        </message>
        <message>
            <source>In-work support</source>
            <translation>Stöd i arbetet</translation>
        </message>
    </context>
    <context>
        <name>Place</name>
        <message>
            <source>Clinic</source>
            <translation>Mottagningen</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Hemmet</translation>
        </message>
        <message>
            <source>Workplace</source>
            <translation>Arbetsplatsen</translation>
        </message>
        <message>
            <source>Elsewhere in the community</source>
            <translation>Annan plats i vardagsmiljön</translation>
        </message>
        <message>
            <source>Phone / remote</source>
            <translation>Telefon / på distans</translation>
        </message>
    </context>
    <context>
        <name>PlacedJobModel</name>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Arbete</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Började</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Slutade</translation>
        </message>
    </context>
    <context>
        <name>PlanDraft</name>
        <message>
            <source>Kinds of work: %1</source>
            <translation>Önskat arbete: %1</translation>
        </message>
        <message>
            <source>Working hours: %1</source>
            <translation>Arbetstid: %1</translation>
        </message>
        <message>
            <source>Where: %1</source>
            <translation>Var: %1</translation>
        </message>
        <message>
            <source>Interests: %1</source>
            <translation>Intressen: %1</translation>
        </message>
        <message>
            <source>Skills: %1</source>
            <translation>Kunnande: %1</translation>
        </message>
        <message>
            <source>(consent given %1)</source>
            <translation>(samtycke givet %1)</translation>
        </message>
        <message>
            <source>Done %1</source>
            <translation>Genomförd %1</translation>
        </message>
        <message>
            <source>Planned %1</source>
            <translation>Planerad %1</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Refresh from records</source>
            <extracomment>Fields that "Refresh from records" replaces (the goal and agreements are the client's).</extracomment>
            <translation>Uppdatera från uppgifterna</translation>
        </message>
        <message>
            <source>Take strengths, wishes for work, information sharing and benefits counselling again from the profile, consents and counselling records.</source>
            <translation>Hämta styrkor, önskemål om arbete, informationsutbyte och förmånsrådgivning på nytt från profilen, samtyckena och anteckningarna om rådgivning.</translation>
        </message>
        <message>
            <source>Plan date</source>
            <translation>Planens datum</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Åtgärder</translation>
        </message>
        <message>
            <source>Save version</source>
            <translation>Spara version</translation>
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <source>Discard draft</source>
            <translation>Förkasta utkastet</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>dd.mm.åååå</translation>
        </message>
        <message>
            <source>Step %1, %2: %3</source>
            <translation>Åtgärd %1, %2: %3</translation>
        </message>
        <message>
            <source>Not saved: check the fields marked in red.</source>
            <translation>Inte sparat: kontrollera fälten som är markerade med rött.</translation>
        </message>
    </context>
    <context>
        <name>PlanPdf</name>
        <message>
            <source>Action plan</source>
            <translation>Handlingsplan</translation>
        </message>
        <message>
            <source>Action plan: %1</source>
            <translation>Handlingsplan: %1</translation>
        </message>
        <message>
            <source>Version %1, %2</source>
            <translation>Version %1, %2</translation>
        </message>
        <message>
            <source>We have made this plan together. Each of us keeps a copy of it.</source>
            <translation>Vi har gjort upp den här planen tillsammans. Vi får båda ett eget exemplar av den.</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Employment specialist</source>
            <translation>IPS-arbetshandledare</translation>
        </message>
        <message>
            <source>My goal for work or study</source>
            <translation>Mitt mål för arbete eller studier</translation>
        </message>
        <message>
            <source>My strengths</source>
            <translation>Mina styrkor</translation>
        </message>
        <message>
            <source>My wishes for work</source>
            <translation>Mina önskemål om arbete</translation>
        </message>
        <message>
            <source>Steps we have agreed on</source>
            <translation>Överenskomna åtgärder</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Senast</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>No steps agreed yet.</source>
            <translation>Inga åtgärder har avtalats ännu.</translation>
        </message>
        <message>
            <source>Support agreed</source>
            <translation>Överenskommet stöd</translation>
        </message>
        <message>
            <source>How often we meet</source>
            <translation>Hur ofta vi träffas</translation>
        </message>
        <message>
            <source>Sharing information (as in my consent)</source>
            <translation>Utbyte av uppgifter (enligt mitt samtycke)</translation>
        </message>
        <message>
            <source>Benefits counselling</source>
            <translation>Förmånsrådgivning</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Nästa uppföljning</translation>
        </message>
        <message>
            <source>We will review this plan together on %1.</source>
            <translation>Vi går igenom planen tillsammans den %1.</translation>
        </message>
        <message>
            <source>We will agree on the date of the next review later.</source>
            <translation>Tidpunkten för nästa uppföljning avtalas senare.</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Underskrifter</translation>
        </message>
        <message>
            <source>Place and date</source>
            <translation>Ort och datum</translation>
        </message>
        <message>
            <source>Signature and name in block letters</source>
            <translation>Underskrift och namnförtydligande</translation>
        </message>
        <message>
            <source>Page %1 / %2</source>
            <translation>Sida %1 / %2</translation>
        </message>
    </context>
    <context>
        <name>PlanSteps</name>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Senast</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (försenad)</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>dd.mm.åååå</translation>
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message>
            <source>&amp;Version:</source>
            <translation>V&amp;ersion:</translation>
        </message>
        <message>
            <source>&amp;New version / review…</source>
            <translation>&amp;Ny version / uppföljning…</translation>
        </message>
        <message>
            <source>Ctrl+R</source>
            <translation>Ctrl+R</translation>
        </message>
        <message>
            <source>Document &amp;language:</source>
            <translation>Dokumentets &amp;språk:</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>Spara som &amp;PDF…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Skriv &amp;ut…</translation>
        </message>
        <message>
            <source>Ctrl+P</source>
            <translation>Ctrl+P</translation>
        </message>
        <message>
            <source>What changed since the previous version</source>
            <translation>Vad som ändrats sedan föregående version</translation>
        </message>
        <message>
            <source>No action plan yet. Draw up the first plan with the client: New version / review (Ctrl+R).</source>
            <translation>Ingen handlingsplan ännu. Gör upp den första planen tillsammans med klienten: Ny version / uppföljning (Ctrl+R).</translation>
        </message>
        <message>
            <source>v%1 — %2</source>
            <translation>v%1 — %2</translation>
        </message>
        <message>
            <source>Plan review overdue since %1</source>
            <translation>Uppföljningen av planen försenad sedan %1</translation>
        </message>
        <message>
            <source>Next plan review: %1</source>
            <translation>Nästa uppföljning: %1</translation>
        </message>
        <message>
            <source>(%1-month review)</source>
            <translation>(uppföljning efter %1 månader)</translation>
        </message>
        <message>
            <source>Review: version %1 (from version %2)</source>
            <translation>Uppföljning: version %1 (från version %2)</translation>
        </message>
        <message>
            <source>First action plan (version 1)</source>
            <translation>Första handlingsplanen (version 1)</translation>
        </message>
        <message>
            <source>Saved as version %1.</source>
            <translation>Sparad som version %1.</translation>
        </message>
        <message>
            <source>Discard draft</source>
            <translation>Förkasta utkastet</translation>
        </message>
        <message>
            <source>Discard the changes made to this draft?</source>
            <translation>Vill du förkasta ändringarna i utkastet?</translation>
        </message>
        <message>
            <source>Save the action plan as PDF</source>
            <translation>Spara handlingsplanen som PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokument (*.pdf)</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Spara som PDF</translation>
        </message>
        <message>
            <source>The plan could not be saved: %1</source>
            <translation>Planen kunde inte sparas: %1</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Sparad: %1</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Handlingsplan</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Skriv ut</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>Skrivaren kunde inte startas.</translation>
        </message>
        <message numerus="yes">
            <source>Sent to the printer: %n page(s).</source>
            <translation>
                <numerusform>Skickat till skrivaren: %n sida.</numerusform>
                <numerusform>Skickat till skrivaren: %n sidor.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Action plan</source>
            <translation>Hand&amp;lingsplan</translation>
        </message>
    </context>
    <context>
        <name>PlanView</name>
        <message>
            <source>by %1</source>
            <translation>senast %1</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>försenad</translation>
        </message>
        <message>
            <source>Version %1, %2</source>
            <translation>Version %1, %2</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Åtgärder</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Senast</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>No steps agreed yet.</source>
            <translation>Inga åtgärder överenskomna ännu.</translation>
        </message>
        <message>
            <source>Not agreed yet</source>
            <translation>Inte överenskommet ännu</translation>
        </message>
        <message>
            <source>status %1 → %2</source>
            <translation>status %1 → %2</translation>
        </message>
        <message>
            <source>who %1 → %2</source>
            <translation>vem %1 → %2</translation>
        </message>
        <message>
            <source>by when %1 → %2</source>
            <translation>senast %1 → %2</translation>
        </message>
        <message>
            <source>This is the first version of the plan.</source>
            <translation>Det här är planens första version.</translation>
        </message>
        <message>
            <source>Changes since version %1</source>
            <translation>Ändringar sedan version %1</translation>
        </message>
        <message>
            <source>Nothing changed: the plan was reviewed as it was.</source>
            <translation>Inget ändrades: planen följdes upp som den var.</translation>
        </message>
        <message>
            <source>Was:</source>
            <translation>Var:</translation>
        </message>
        <message>
            <source>Now:</source>
            <translation>Nu:</translation>
        </message>
        <message>
            <source>Steps added</source>
            <translation>Tillagda åtgärder</translation>
        </message>
        <message>
            <source>Steps removed</source>
            <translation>Borttagna åtgärder</translation>
        </message>
        <message>
            <source>Steps changed</source>
            <translation>Ändrade åtgärder</translation>
        </message>
    </context>
    <context>
        <name>PrivacyTab</name>
        <message>
            <source>The client has the right to know who has used their data (Act 703/2023) and to get everything stored about them (GDPR). Exported files are not encrypted: hand them to the client and delete your own copy.</source>
            <translation>Klienten har rätt att veta vem som har använt hens uppgifter (lag 703/2023) och att få allt som sparats om hen (dataskyddsförordningen). Exporterade filer är inte krypterade: ge dem till klienten och radera din egen kopia.</translation>
        </message>
        <message>
            <source>Export access &amp;log (PDF/CSV)…</source>
            <translation>Exportera l&amp;oggen (PDF/CSV)…</translation>
        </message>
        <message>
            <source>Export full &amp;record (PDF + JSON)…</source>
            <translation>Exportera alla &amp;uppgifter (PDF + JSON)…</translation>
        </message>
        <message>
            <source>&amp;Erase client…</source>
            <translation>&amp;Radera klienten…</translation>
        </message>
        <message>
            <source>Access log</source>
            <translation>Logg över användning av uppgifter</translation>
        </message>
        <message>
            <source>Export access log</source>
            <translation>Exportera loggen</translation>
        </message>
        <message>
            <source>PDF document (*.pdf);;CSV table (*.csv)</source>
            <translation>PDF-dokument (*.pdf);;CSV-tabell (*.csv)</translation>
        </message>
        <message>
            <source>Export full record (a PDF and a JSON file)</source>
            <translation>Exportera alla uppgifter (en PDF- och en JSON-fil)</translation>
        </message>
        <message>
            <source>PDF document, with a JSON file beside it (*.pdf)</source>
            <translation>PDF-dokument med en JSON-fil bredvid (*.pdf)</translation>
        </message>
        <message>
            <source>Replace file?</source>
            <translation>Ersätta filen?</translation>
        </message>
        <message>
            <source>%1 exists already. Replace it?</source>
            <translation>%1 finns redan. Vill du ersätta den?</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Exporten misslyckades</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Skrivet: %1</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>Exporterar</translation>
        </message>
        <message>
            <source>%1 could not be written (%2). Choose another folder; nothing was exported.</source>
            <translation>%1 kunde inte skrivas (%2). Välj en annan mapp; inget exporterades.</translation>
        </message>
        <message>
            <source>Client %1 was erased.</source>
            <translation>Klient %1 raderades.</translation>
        </message>
        <message>
            <source>Pr&amp;ivacy</source>
            <translation>&amp;Dataskydd</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Titta i:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Filer av t&amp;yp:</translation>
        </message>
    </context>
    <context>
        <name>QuickLog</name>
        <message>
            <source>&amp;Log employer contact…</source>
            <translation>&amp;Registrera arbetsgivarkontakt…</translation>
        </message>
    </context>
    <context>
        <name>QuickLogDialog</name>
        <message>
            <source>Log employer contact</source>
            <translation>Registrera arbetsgivarkontakt</translation>
        </message>
        <message>
            <source>Employer's name</source>
            <translation>Arbetsgivarens namn</translation>
        </message>
        <message>
            <source>Similar employers</source>
            <translation>Liknande arbetsgivare</translation>
        </message>
        <message>
            <source>Create a new employer</source>
            <translation>Skapa en ny arbetsgivare</translation>
        </message>
        <message>
            <source>&amp;Employer</source>
            <translation>&amp;Arbetsgivare</translation>
        </message>
        <message>
            <source>&amp;Mode</source>
            <translation>&amp;Sätt</translation>
        </message>
        <message>
            <source>&amp;Client (optional)</source>
            <translation>&amp;Klient (valfri)</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>Enter saves. Type the first letter to choose the mode.</source>
            <translation>Enter sparar. Välj sätt genom att skriva den första bokstaven.</translation>
        </message>
        <message>
            <source>“%1” is not in the register. Similar employers: pick one with ↓ and Enter, or tick the box (or press Enter in the name field) to create a new employer.</source>
            <translation>”%1” finns inte i registret. Liknande arbetsgivare: välj en med ↓ och Enter, eller kryssa i rutan (eller tryck Enter i namnfältet) för att skapa en ny arbetsgivare.</translation>
        </message>
        <message>
            <source>New employer: “%1” will be created. Press Enter again to confirm.</source>
            <translation>Ny arbetsgivare: ”%1” skapas. Bekräfta genom att trycka Enter igen.</translation>
        </message>
        <message>
            <source>&amp;New employer: create “%1”</source>
            <translation>&amp;Ny arbetsgivare: skapa ”%1”</translation>
        </message>
        <message>
            <source>Choose a client from the list.</source>
            <translation>Välj en klient i listan.</translation>
        </message>
        <message>
            <source>Type the employer's name.</source>
            <translation>Skriv arbetsgivarens namn.</translation>
        </message>
        <message>
            <source>Employer contact saved: %1, %2</source>
            <translation>Arbetsgivarkontakten sparad: %1, %2</translation>
        </message>
    </context>
    <context>
        <name>RecordList</name>
        <message>
            <source>Add…</source>
            <translation>Lägg till…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Redigera…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Delete the selected entry? This cannot be undone.</source>
            <translation>Vill du ta bort den valda anteckningen? Det går inte att ångra.</translation>
        </message>
    </context>
    <context>
        <name>RecordPdf</name>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>Client code</source>
            <translation>Klientkod</translation>
        </message>
        <message>
            <source>In the current phase since</source>
            <translation>I nuvarande fas sedan</translation>
        </message>
        <message>
            <source>Service status</source>
            <translation>Tjänstens status</translation>
        </message>
        <message>
            <source>Service ended on</source>
            <translation>Tjänsten avslutades</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Registrerad</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Senast ändrad</translation>
        </message>
        <message>
            <source>From phase</source>
            <translation>Föregående fas</translation>
        </message>
        <message>
            <source>To phase</source>
            <translation>Ny fas</translation>
        </message>
        <message>
            <source>Action plan version</source>
            <translation>Handlingsplanens version</translation>
        </message>
        <message>
            <source>Step number</source>
            <translation>Åtgärdens nummer</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Tidpunkt</translation>
        </message>
        <message>
            <source>Code in the team's figures (no name)</source>
            <translation>Kod i teamets siffror (inget namn)</translation>
        </message>
        <message>
            <source>Hours changed on</source>
            <translation>Arbetstiden ändrades</translation>
        </message>
        <message>
            <source>Hours per week before</source>
            <translation>Timmar i veckan före</translation>
        </message>
        <message>
            <source>Hours per week after</source>
            <translation>Timmar i veckan efter</translation>
        </message>
    </context>
    <context>
        <name>RecordTableModel</name>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>Consent to information exchange</source>
            <translation>Samtycke till informationsutbyte</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Samtycke</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Party in detail</source>
            <translation>Närmare uppgifter om parten</translation>
        </message>
        <message>
            <source>What may be shared</source>
            <translation>Vilka uppgifter får delas</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Givet den</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>Återkallat den</translation>
        </message>
        <message>
            <source>Benefits counselling</source>
            <translation>Förmånsrådgivning</translation>
        </message>
        <message>
            <source>Benefits counselling session</source>
            <translation>Tillfälle för förmånsrådgivning</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>By whom</source>
            <translation>Rådgivare</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Behandlade frågor</translation>
        </message>
        <message>
            <source>Disclosure discussions</source>
            <translation>Samtal om att berätta om sjukdomen</translation>
        </message>
        <message>
            <source>Disclosure discussion</source>
            <translation>Samtal om att berätta om sjukdomen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>Profile meetings</source>
            <translation>Kartläggningsträffar</translation>
        </message>
        <message>
            <source>Profile meeting</source>
            <translation>Kartläggningsträff</translation>
        </message>
        <message>
            <source>Work history</source>
            <translation>Arbetshistorik</translation>
        </message>
        <message>
            <source>Work history entry</source>
            <translation>Tidigare arbete</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Arbetsgivare</translation>
        </message>
        <message>
            <source>Title or tasks</source>
            <translation>Titel eller arbetsuppgifter</translation>
        </message>
        <message>
            <source>From (year)</source>
            <translation>Från (år)</translation>
        </message>
        <message>
            <source>To (year)</source>
            <translation>Till (år)</translation>
        </message>
        <message>
            <source>Job leads</source>
            <translation>Jobbtips</translation>
        </message>
        <message>
            <source>Job lead</source>
            <translation>Jobbtips</translation>
        </message>
        <message>
            <source>Noted on</source>
            <translation>Antecknat den</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Tips</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppet</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Sökt</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Avslutat</translation>
        </message>
        <message>
            <source>Supports agreed with employers</source>
            <translation>Stöd som avtalats med arbetsgivare</translation>
        </message>
        <message>
            <source>Support agreed with employer</source>
            <translation>Stöd som avtalats med arbetsgivaren</translation>
        </message>
        <message>
            <source>Support (e.g. wage subsidy)</source>
            <translation>Stöd (t.ex. lönesubvention)</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Anställningar</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Anställning</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Befattning</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Slutdatum</translation>
        </message>
        <message>
            <source>Hours per week</source>
            <translation>Timmar per vecka</translation>
        </message>
        <message>
            <source>Open labour market</source>
            <translation>Öppna arbetsmarknaden</translation>
        </message>
        <message>
            <source>Wage subsidy</source>
            <translation>Lönesubvention</translation>
        </message>
        <message>
            <source>Occupation group</source>
            <translation>Yrkesgrupp</translation>
        </message>
        <message>
            <source>End reason</source>
            <translation>Orsak till avslut</translation>
        </message>
        <message>
            <source>Steps toward work</source>
            <translation>Steg mot arbete</translation>
        </message>
        <message>
            <source>Step toward work</source>
            <translation>Steg mot arbete</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Steg</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>Contact log</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>With whom</source>
            <translation>Med vem</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Var</translation>
        </message>
        <message>
            <source>Note (employment only)</source>
            <translation>Anteckning (endast arbetsrelaterat)</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Language of documents</source>
            <translation>Dokumentens språk</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>Finska</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Svenska</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engelska</translation>
        </message>
        <message>
            <source>Referral date</source>
            <translation>Datum för hänvisning</translation>
        </message>
        <message>
            <source>Referred by (care team)</source>
            <translation>Hänvisad av (vårdteam)</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Cooperation agreement date</source>
            <translation>Datum för samarbetsavtalet</translation>
        </message>
        <message>
            <source>Severe mental illness</source>
            <translation>Allvarlig psykisk sjukdom</translation>
        </message>
        <message>
            <source>Already in work at referral</source>
            <translation>Redan i arbete vid remissen</translation>
        </message>
        <message>
            <source>Vocational profile</source>
            <translation>Yrkesprofil</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Utbildning</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Kunnande</translation>
        </message>
        <message>
            <source>Strengths and resources</source>
            <translation>Styrkor och resurser</translation>
        </message>
        <message>
            <source>Interests</source>
            <translation>Intressen</translation>
        </message>
        <message>
            <source>Preferred job types</source>
            <translation>Önskade typer av arbete</translation>
        </message>
        <message>
            <source>Preferred hours</source>
            <translation>Önskad arbetstid</translation>
        </message>
        <message>
            <source>Preferred location</source>
            <translation>Önskad ort</translation>
        </message>
        <message>
            <source>Support needs</source>
            <translation>Stödbehov</translation>
        </message>
        <message>
            <source>Goals for work</source>
            <translation>Mål för arbete</translation>
        </message>
        <message>
            <source>What the client wants said to employers</source>
            <translation>Vad klienten vill att arbetsgivare ska få veta</translation>
        </message>
        <message>
            <source>Job goals</source>
            <translation>Mål för arbetssökningen</translation>
        </message>
        <message>
            <source>Job development and carving notes</source>
            <translation>Anteckningar om arbetsanpassning och jobbkarving</translation>
        </message>
        <message>
            <source>Move to another phase</source>
            <translation>Byt till en annan fas</translation>
        </message>
        <message>
            <source>New phase</source>
            <translation>Ny fas</translation>
        </message>
        <message>
            <source>Reason (optional)</source>
            <translation>Orsak (valfritt)</translation>
        </message>
        <message>
            <source>End the service</source>
            <translation>Avsluta tjänsten</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Orsak</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Anteckning (valfritt)</translation>
        </message>
        <message>
            <source>Re-open the service</source>
            <translation>Återuppta tjänsten</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fas</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Your recovery key</source>
            <translation>Din återställningsnyckel</translation>
        </message>
        <message>
            <source>This recovery key also unlocks your store if you forget the passphrase. Save or print the recovery sheet now and give it to your team leader or IT for their safe. It is shown only once.</source>
            <translation>Med den här återställningsnyckeln kan du öppna databasen även om du glömmer lösenfrasen. Spara eller skriv ut återställningsbladet nu och ge det till din teamledare eller IT-stödet att förvara i kassaskåp. Nyckeln visas bara en gång.</translation>
        </message>
        <message>
            <source>Save recovery sheet (PDF)…</source>
            <translation>Spara återställningsbladet (PDF)…</translation>
        </message>
        <message>
            <source>Save recovery sheet</source>
            <translation>Spara återställningsbladet</translation>
        </message>
        <message>
            <source>ipsdesk-recovery-sheet</source>
            <translation>ipsdesk-återställningsblad</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokument (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>RecoverySheet</name>
        <message>
            <source>ipsdesk recovery sheet</source>
            <translation>Återställningsblad för ipsdesk</translation>
        </message>
        <message>
            <source>This recovery key unlocks the encrypted ipsdesk store of %1 (%2) if the passphrase is forgotten. Keep this sheet in a locked safe of the team leader or IT. Anyone holding it together with the laptop can read the store.</source>
            <translation>Med den här återställningsnyckeln kan den krypterade ipsdesk-databasen som tillhör %1 (%2) öppnas om lösenfrasen har glömts bort. Förvara bladet i teamledarens eller IT-stödets låsta kassaskåp. Den som har både bladet och den bärbara datorn kan läsa databasen.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Återställningsnyckel</translation>
        </message>
        <message>
            <source>Made on %1 in folder %2</source>
            <translation>Skapad %1 i mappen %2</translation>
        </message>
        <message>
            <source>Page %1 / %2</source>
            <translation>Sida %1 / %2</translation>
        </message>
        <message>
            <source>To use it, type the recovery key in the passphrase field of the unlock screen, then set a new passphrase.</source>
            <translation>Så här använder du nyckeln: skriv återställningsnyckeln i lösenfrasfältet när du låser upp programmet och välj sedan en ny lösenfras.</translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>You have %1 active clients; the IPS model recommends at most %2.</source>
            <translation>Du har %1 aktiva klienter; IPS-modellen rekommenderar högst %2.</translation>
        </message>
        <message>
            <source>You have %1 active clients; your limit is %2.</source>
            <translation>Du har %1 aktiva klienter; din gräns är %2.</translation>
        </message>
        <message>
            <source>A job start is recorded but no benefits counselling before it. The client should get benefits counselling before each job start.</source>
            <translation>Ett nytt arbete har antecknats, men ingen förmånsrådgivning före det. Klienten bör få förmånsrådgivning innan varje nytt arbete börjar.</translation>
        </message>
        <message>
            <source>Job search has begun but disclosure has not been discussed. Discuss disclosure before the job search, more than once; it is never required.</source>
            <translation>Arbetssökningen har börjat, men ni har inte pratat om att berätta om sjukdomen. Prata om det före arbetssökningen och mer än en gång; klienten behöver aldrig berätta om sin sjukdom.</translation>
        </message>
        <message>
            <source>No vocational profile meeting yet, %1 days after the agreement. Profiling is usually done in 1-3 meetings within the first month.</source>
            <translation>Ingen kartläggningsträff ännu, %1 dagar efter avtalet. Yrkesprofilen görs vanligen upp under 1–3 träffar inom den första månaden.</translation>
        </message>
        <message>
            <source>%1 profile meetings recorded; profiling is usually done in 1-3 meetings, after which employer contacts begin.</source>
            <translation>%1 kartläggningsträffar antecknade; yrkesprofilen görs vanligen upp under 1–3 träffar, och sedan börjar kontakterna med arbetsgivare.</translation>
        </message>
        <message>
            <source>%1 days since the agreement and no face-to-face employer contact yet; the target is within %2 days.</source>
            <translation>%1 dagar sedan avtalet och ännu inget personligt möte med en arbetsgivare; målet är inom %2 dagar.</translation>
        </message>
        <message>
            <source>A job starting %1 is recorded, but the client is in phase %2. Once the job has started, move them to in-work support (phase 5), where the follow-along reminders are.</source>
            <translation>Ett arbete som börjar %1 har antecknats, men klienten är i fas %2. När arbetet har börjat, flytta klienten till stöd i arbetet (fas 5), där påminnelserna om uppföljning finns.</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>ipsdesk closed unexpectedly last time. A crash report without any client data was saved in %1. Your saved work is in the store.</source>
            <translation>ipsdesk stängdes oväntat förra gången. En felrapport utan klientuppgifter har sparats: %1. Det du har sparat finns kvar i databasen.</translation>
        </message>
        <message>
            <source>Access log of client %1</source>
            <translation>Logg över användningen av uppgifterna om klient %1</translation>
        </message>
        <message>
            <source>Every opening, change, export, printout and import of this client's data, as recorded by ipsdesk (Act 703/2023).</source>
            <translation>Varje gång uppgifterna om den här klienten har öppnats, ändrats, exporterats, skrivits ut eller importerats, enligt ipsdesks logg (lag 703/2023).</translation>
        </message>
        <message>
            <source>Everything stored about client %1</source>
            <translation>Alla uppgifter som sparats om klient %1</translation>
        </message>
        <message>
            <source>A complete copy of the data ipsdesk keeps about this client, exported %1.</source>
            <translation>En fullständig kopia av de uppgifter som ipsdesk har om den här klienten (exporterad %1).</translation>
        </message>
        <message>
            <source>Nothing recorded.</source>
            <translation>Inga anteckningar.</translation>
        </message>
        <message>
            <source>Page %1 / %2</source>
            <translation>Sida %1 / %2</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Tidpunkt</translation>
        </message>
        <message>
            <source>Basic details</source>
            <translation>Grunduppgifter</translation>
        </message>
        <message>
            <source>Phase history</source>
            <translation>Fashistorik</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Samtycken</translation>
        </message>
        <message>
            <source>Benefits counselling</source>
            <translation>Förmånsrådgivning</translation>
        </message>
        <message>
            <source>Disclosure discussions</source>
            <translation>Samtal om att berätta om sjukdomen</translation>
        </message>
        <message>
            <source>Vocational profile</source>
            <translation>Yrkesprofil</translation>
        </message>
        <message>
            <source>Profile meetings</source>
            <translation>Kartläggningsträffar</translation>
        </message>
        <message>
            <source>Work history</source>
            <translation>Arbetshistorik</translation>
        </message>
        <message>
            <source>Job leads</source>
            <translation>Jobbtips</translation>
        </message>
        <message>
            <source>Employer contacts for the client</source>
            <translation>Arbetsgivarkontakter som gäller klienten</translation>
        </message>
        <message>
            <source>Employer support</source>
            <translation>Stöd som avtalats med arbetsgivare</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Anställningar</translation>
        </message>
        <message>
            <source>Changes of working hours</source>
            <translation>Ändringar av arbetstiden</translation>
        </message>
        <message>
            <source>Contact log</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <source>Action plans</source>
            <translation>Handlingsplaner</translation>
        </message>
        <message>
            <source>Action plan steps</source>
            <translation>Åtgärder i handlingsplanerna</translation>
        </message>
        <message>
            <source>Access log</source>
            <translation>Logg över användning av uppgifter</translation>
        </message>
        <message>
            <source>Type the client's code exactly to confirm the erasure.</source>
            <translation>Bekräfta raderingen genom att skriva klientens kod exakt.</translation>
        </message>
        <message>
            <source>Erasing removes this client and everything recorded about them for good. The access log keeps only that an erasure was made. Backups made before now still contain the client until they are thinned away.</source>
            <translation>Klienten och alla uppgifter som antecknats om klienten raderas permanent. I loggen över användning av uppgifter syns bara att en radering har gjorts. Säkerhetskopior som gjorts tidigare innehåller klienten tills de gamla kopiorna gallras bort.</translation>
        </message>
        <message>
            <source>This backup cannot be restored: it is damaged, belongs to another store, or was made by a newer ipsdesk. Nothing was changed.</source>
            <translation>Säkerhetskopian kan inte återställas: den är skadad, hör till en annan databas eller har gjorts med en nyare version av ipsdesk. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>This file is not an ipsdesk backup. Nothing was changed.</source>
            <translation>Filen är ingen säkerhetskopia av ipsdesk. Inget ändrades.</translation>
        </message>
        <message>
            <source>This backup is no longer there: it was deleted, or removed to make room for newer backups. Nothing was changed.</source>
            <translation>Säkerhetskopian finns inte längre: den har raderats eller tagits bort för att ge plats åt nyare säkerhetskopior. Inget ändrades.</translation>
        </message>
        <message>
            <source>This backup cannot be restored: your store's key does not open it, so it belongs to another store (or its first page is damaged). Nothing was changed; choose a backup of this store.</source>
            <translation>Säkerhetskopian kan inte återställas: databasens nyckel öppnar den inte, så den hör till en annan databas (eller så är dess första sida skadad). Inget ändrades; välj en säkerhetskopia av den här databasen.</translation>
        </message>
        <message>
            <source>This backup is damaged and cannot be restored. Nothing was changed; choose an earlier backup.</source>
            <translation>Säkerhetskopian är skadad och kan inte återställas. Inget ändrades; välj en tidigare säkerhetskopia.</translation>
        </message>
        <message>
            <source>This backup was made by a newer ipsdesk (schema %1). Update ipsdesk to restore it; nothing was changed.</source>
            <translation>Säkerhetskopian gjordes med en nyare version av ipsdesk (schema %1). Uppdatera ipsdesk för att återställa den; inget ändrades.</translation>
        </message>
        <message>
            <source>Restoring failed. Your store was not replaced; a backup of it was made first.</source>
            <translation>Återställningen misslyckades. Din databas ersattes inte, och en säkerhetskopia av den togs först.</translation>
        </message>
        <message>
            <source>The backup of %1 was restored.</source>
            <translation>Säkerhetskopian (%1) har återställts.</translation>
        </message>
        <message>
            <source>Your store as it was is kept as backup %1.</source>
            <translation>Databasens tidigare innehåll finns kvar som säkerhetskopia %1.</translation>
        </message>
        <message>
            <source>ipsdesk is already running with this store (another window or another user session). Close it first; two programs must never write the same store.</source>
            <translation>ipsdesk är redan i gång med den här databasen (i ett annat fönster eller i en annan användares session). Stäng den först; två program får aldrig skriva i samma databas samtidigt.</translation>
        </message>
        <message>
            <source>The disk is full. Nothing was saved and your store is intact. Free some space, then try again.</source>
            <translation>Disken är full. Ingenting sparades och din databas är oskadd. Frigör utrymme och försök sedan igen.</translation>
        </message>
        <message>
            <source>The data folder cannot be written (it is read-only or you lack permission). Your store is intact; nothing was changed.</source>
            <translation>Det går inte att skriva i datamappen (den är skrivskyddad eller så saknar du behörighet). Din databas är oskadd; ingenting ändrades.</translation>
        </message>
        <message>
            <source>The file could not be written (%1).</source>
            <translation>Filen kunde inte skrivas (%1).</translation>
        </message>
        <message>
            <source>The action failed; nothing was changed. Details are in the app log.</source>
            <translation>Åtgärden misslyckades; inget ändrades. Detaljer finns i programmets logg.</translation>
        </message>
    </context>
    <context>
        <name>SafetyActions</name>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Säkerhetskopiera nu</translation>
        </message>
        <message>
            <source>Backups and &amp;restore…</source>
            <translation>Säkerhetskopior och &amp;återställning…</translation>
        </message>
        <message>
            <source>Chec&amp;k store</source>
            <translation>&amp;Kontrollera databasen</translation>
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>Byt &amp;lösenfras…</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Säkerhetskopieringen misslyckades</translation>
        </message>
        <message>
            <source>Backup written: %1</source>
            <translation>Säkerhetskopian skriven: %1</translation>
        </message>
        <message>
            <source>Backing up</source>
            <translation>Säkerhetskopierar</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Återställ en säkerhetskopia</translation>
        </message>
        <message>
            <source>Restore the backup made %1?

Your store as it is now is backed up first (that backup is kept for at least 30 days), then replaced by this backup. Anything saved after %1 is only in that safety backup. ipsdesk then reopens the store and shows the restored data.</source>
            <translation>Återställa säkerhetskopian från %1?

Databasen som den är nu säkerhetskopieras först (den kopian behålls minst 30 dagar) och ersätts sedan av den här säkerhetskopian. Allt som sparats efter %1 finns bara i den säkerhetskopian. Därefter öppnar ipsdesk databasen på nytt och visar de återställda uppgifterna.</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>Återställningen misslyckades</translation>
        </message>
        <message>
            <source>The backup was restored but could not be opened (%1). Close ipsdesk; your store as it was is kept as backup %2.</source>
            <translation>Säkerhetskopian återställdes men kunde inte öppnas (%1). Stäng ipsdesk; databasen som den var finns kvar som säkerhetskopia %2.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Säkerhetskopian återställd</translation>
        </message>
        <message>
            <source>The check found problems</source>
            <translation>Kontrollen hittade problem</translation>
        </message>
        <message>
            <source>The store is healthy</source>
            <translation>Databasen är i skick</translation>
        </message>
        <message>
            <source>The full check found no problems.

%1</source>
            <translation>Den fullständiga kontrollen hittade inga problem.

%1</translation>
        </message>
        <message>
            <source>Checking the store</source>
            <translation>Databasen kontrolleras</translation>
        </message>
        <message>
            <source>Passphrase changed</source>
            <translation>Lösenfrasen bytt</translation>
        </message>
        <message>
            <source>The passphrase is changed; use the new one from now on. The recovery key still works.</source>
            <translation>Lösenfrasen är bytt; använd den nya från och med nu. Återställningsnyckeln fungerar fortfarande.</translation>
        </message>
    </context>
    <context>
        <name>SavedForm</name>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Sparat.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Organisation name on documents</source>
            <translation>Organisationens namn i dokument</translation>
        </message>
        <message>
            <source>Caseload limit</source>
            <translation>Högsta antal klienter</translation>
        </message>
        <message>
            <source>Employer contacts per week (target)</source>
            <translation>Arbetsgivarkontakter per vecka (mål)</translation>
        </message>
        <message>
            <source>Days to first face-to-face employer contact</source>
            <translation>Första personliga mötet med en arbetsgivare (dagar)</translation>
        </message>
        <message>
            <source>Warn when a client has had no contact for (days)</source>
            <translation>Varna om ingen kontakt med klienten på (dagar)</translation>
        </message>
        <message>
            <source>Lock after idle minutes</source>
            <translation>Lås efter inaktivitet (minuter)</translation>
        </message>
        <message>
            <source>Working time (% of full time)</source>
            <translation>Arbetstid (% av heltid)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Hub server</source>
            <translation>Teamdatabasens server</translation>
        </message>
        <message>
            <source>Hub port</source>
            <translation>Teamdatabasens port</translation>
        </message>
        <message>
            <source>Hub database</source>
            <translation>Teamdatabasens namn</translation>
        </message>
        <message>
            <source>Hub user</source>
            <translation>Användarnamn i teamdatabasen</translation>
        </message>
        <message>
            <source>Hub password</source>
            <translation>Lösenord till teamdatabasen</translation>
        </message>
        <message>
            <source>Hub TLS mode</source>
            <translation>Teamdatabasens TLS-läge</translation>
        </message>
        <message>
            <source>Hub CA certificate file</source>
            <translation>Teamdatabasens CA-certifikatfil</translation>
        </message>
        <message>
            <source>Last sent to the hub</source>
            <translation>Senast skickat till teamdatabasen</translation>
        </message>
        <message>
            <source>Rows on the hub after the last send</source>
            <translation>Rader i teamdatabasen efter senaste sändningen</translation>
        </message>
    </context>
    <context>
        <name>SettingsAction</name>
        <message>
            <source>Settings saved.</source>
            <translation>Inställningarna sparade.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <source>These settings are kept in your encrypted store. A new language applies when ipsdesk is next started.</source>
            <translation>Inställningarna sparas i din krypterade databas. Ett nytt språk tas i bruk nästa gång ipsdesk startas.</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Inställningar…</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Welcome to ipsdesk</source>
            <translation>Välkommen till ipsdesk</translation>
        </message>
        <message>
            <source>ipsdesk keeps your clients' data encrypted on this computer. Choose a passphrase: a few unrelated words (at least 8 characters) are easy to remember and hard to guess. You will also get a recovery key to keep in a safe.</source>
            <translation>ipsdesk sparar dina klienters uppgifter krypterade på den här datorn. Välj en lösenfras: några ord som inte hör ihop (minst 8 tecken) är lätta att komma ihåg och svåra att gissa. Du får också en återställningsnyckel som ska förvaras i ett kassaskåp.</translation>
        </message>
        <message>
            <source>Your name *</source>
            <translation>Ditt namn *</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Passphrase *</source>
            <translation>Lösenfras *</translation>
        </message>
        <message>
            <source>Passphrase again *</source>
            <translation>Lösenfrasen igen *</translation>
        </message>
        <message>
            <source>Write your name.</source>
            <translation>Skriv ditt namn.</translation>
        </message>
        <message>
            <source>Type a passphrase.</source>
            <translation>Skriv en lösenfras.</translation>
        </message>
        <message>
            <source>The passphrase must have at least 8 characters.</source>
            <translation>Lösenfrasen måste ha minst 8 tecken.</translation>
        </message>
        <message>
            <source>The passphrase must not begin or end with a space.</source>
            <translation>Lösenfrasen får inte börja eller sluta med ett mellanslag.</translation>
        </message>
        <message>
            <source>The passphrase is too repetitive.</source>
            <translation>Lösenfrasen innehåller för många upprepningar.</translation>
        </message>
        <message>
            <source>The passphrases differ.</source>
            <translation>Lösenfraserna stämmer inte överens.</translation>
        </message>
        <message>
            <source>The store could not be created: %1</source>
            <translation>Databasen kunde inte skapas: %1</translation>
        </message>
    </context>
    <context>
        <name>SimilarDialog</name>
        <message>
            <source>Similar employers</source>
            <translation>Liknande arbetsgivare</translation>
        </message>
        <message>
            <source>The register already has employers like “%1”. Is it one of these?</source>
            <translation>Registret har redan arbetsgivare som liknar ”%1”. Är det någon av dessa?</translation>
        </message>
        <message>
            <source>Open the selected one</source>
            <translation>Öppna den valda</translation>
        </message>
        <message>
            <source>Create “%1” anyway</source>
            <translation>Skapa ”%1” ändå</translation>
        </message>
    </context>
    <context>
        <name>Sizes</name>
        <message>
            <source>%1 B</source>
            <translation>%1 B</translation>
        </message>
        <message>
            <source>%1 kB</source>
            <translation>%1 kB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>%1 GB</source>
            <translation>%1 GB</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Another fault; a report was written to %1.</source>
            <translation>Ytterligare ett fel; en rapport skrevs till %1.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Något gick fel</translation>
        </message>
        <message>
            <source>Something went wrong in ipsdesk. What you had saved is in the store, and ipsdesk keeps running; if something looks wrong, close it and start it again. A report without client data was written to %1; IT support may ask for it.</source>
            <translation>Något gick fel i ipsdesk. Det du har sparat finns i databasen, och ipsdesk fortsätter att köras; om något ser fel ut, stäng appen och starta den igen. En rapport utan klientuppgifter skrevs till %1; IT-stödet kan be om den.</translation>
        </message>
        <message>
            <source>Something went wrong in the ipsdesk demo. The demo keeps running; if something looks wrong, close it and start it again. A report without client data was written to %1. That folder is the demo's: it is deleted, with the report, when you close ipsdesk, so copy the report first if IT support wants it.</source>
            <translation>Något gick fel i demon av ipsdesk. Demon fortsätter att köras; om något ser fel ut, stäng appen och starta den igen. En rapport utan klientuppgifter skrevs till %1. Mappen hör till demon: den raderas, med rapporten, när du stänger ipsdesk, så kopiera rapporten först om IT-stödet vill ha den.</translation>
        </message>
        <message>
            <source>Building the demo store…</source>
            <translation>Demodatabasen skapas…</translation>
        </message>
        <message>
            <source>Opening the store…</source>
            <translation>Databasen öppnas…</translation>
        </message>
    </context>
    <context>
        <name>StepKind</name>
        <message>
            <source>Education started</source>
            <translation>Började en utbildning</translation>
        </message>
        <message>
            <source>Work trial</source>
            <translation>Arbetsprövning</translation>
        </message>
        <message>
            <source>Volunteering</source>
            <translation>Frivilligarbete</translation>
        </message>
        <message>
            <source>Apprenticeship</source>
            <translation>Läroavtal</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annat</translation>
        </message>
    </context>
    <context>
        <name>StepOwner</name>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Employment specialist</source>
            <translation>Arbetshandledare</translation>
        </message>
        <message>
            <source>Together (client and specialist)</source>
            <translation>Tillsammans (klienten och arbetshandledaren)</translation>
        </message>
        <message>
            <source>Care team</source>
            <translation>Vårdteam</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Arbetsgivare</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annan</translation>
        </message>
    </context>
    <context>
        <name>StepStatus</name>
        <message>
            <source>Planned</source>
            <translation>Planerad</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Pågår</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klar</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Inte längre aktuell</translation>
        </message>
    </context>
    <context>
        <name>StepsEditor</name>
        <message>
            <source>Add step</source>
            <translation>Lägg till åtgärd</translation>
        </message>
        <message>
            <source>Insert</source>
            <translation>Insert</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Ta bort åtgärd</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Flytta upp</translation>
        </message>
        <message>
            <source>Ctrl+Up</source>
            <translation>Ctrl+Up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Flytta ned</translation>
        </message>
        <message>
            <source>Ctrl+Down</source>
            <translation>Ctrl+Down</translation>
        </message>
        <message>
            <source>Type or press F2 to edit a cell; Insert adds a step, Delete removes it.</source>
            <translation>Redigera en cell genom att skriva eller trycka F2; Insert lägger till en åtgärd, Delete tar bort den.</translation>
        </message>
    </context>
    <context>
        <name>StoreCheck</name>
        <message>
            <source>cannot open the file: %1</source>
            <translation>filen kan inte öppnas: %1</translation>
        </message>
        <message>
            <source>cannot read the store: %1</source>
            <translation>databasen kan inte läsas: %1</translation>
        </message>
        <message>
            <source>tables: %1</source>
            <translation>tabeller: %1</translation>
        </message>
        <message>
            <source>integrity_check: ok</source>
            <translation>integritetskontroll: ok</translation>
        </message>
        <message>
            <source>integrity: %1</source>
            <translation>integritetsfel: %1</translation>
        </message>
        <message>
            <source>foreign_key_check: ok</source>
            <translation>kontroll av referenser: ok</translation>
        </message>
        <message>
            <source>foreign key: table %1 row %2 -&gt; %3</source>
            <translation>felaktig referens: tabell %1, rad %2 -&gt; %3</translation>
        </message>
        <message>
            <source>schema: %1 (newest known: %2)</source>
            <translation>databasens schemaversion: %1 (nyaste kända: %2)</translation>
        </message>
        <message>
            <source>schema %1 is unknown to this ipsdesk (newer app?)</source>
            <translation>schemaversionen %1 är okänd för denna ipsdesk (skapad med en nyare version?)</translation>
        </message>
        <message>
            <source>The check found damage in the store. It was not changed. Restore the newest good backup (File → Backups and restore, or ipsdesk restore FILE; backups are in %1) or contact IT.</source>
            <translation>Kontrollen hittade skador i databasen. Den ändrades inte. Återställ den senaste fungerande säkerhetskopian (Arkiv → Säkerhetskopior och återställning, eller ipsdesk restore FIL; säkerhetskopiorna finns i %1) eller kontakta IT-stödet.</translation>
        </message>
    </context>
    <context>
        <name>StoreErrors</name>
        <message>
            <source>ipsdesk could not start with this store (%1). A log without client data was written; IT support may ask for it.</source>
            <translation>ipsdesk kunde inte starta med den här databasen (%1). En logg utan klientuppgifter skrevs; IT-stödet kan be om den.</translation>
        </message>
        <message>
            <source>Wrong passphrase or recovery key. Nothing was changed.</source>
            <translation>Fel lösenfras eller återställningsnyckel. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>This store was saved by a newer version of ipsdesk. Update the app; the store was not changed.</source>
            <translation>Databasen har sparats med en nyare version av ipsdesk. Uppdatera programmet; databasen ändrades inte.</translation>
        </message>
        <message>
            <source>There is no store in %1. Create one with 'ipsdesk init' or by starting the app.</source>
            <translation>Det finns ingen databas i %1. Skapa en med 'ipsdesk init' eller genom att starta appen.</translation>
        </message>
        <message>
            <source>A store already exists in %1; it was not touched.</source>
            <translation>Det finns redan en databas i %1; den rördes inte.</translation>
        </message>
        <message>
            <source>%1 is a file, not a folder. Name the folder of the store (--data-dir); nothing was changed.</source>
            <translation>%1 är en fil, inte en mapp. Ange databasens mapp (--data-dir); ingenting ändrades.</translation>
        </message>
        <message>
            <source>The store is damaged and cannot be opened. It was not changed. Restore the newest good backup (ipsdesk restore FILE) or contact IT.</source>
            <translation>Databasen är skadad och kan inte öppnas. Den ändrades inte. Återställ den senaste fungerande säkerhetskopian (ipsdesk restore FIL) eller kontakta IT-stödet.</translation>
        </message>
        <message>
            <source>Updating the store to this version failed and was undone; the store is as it was.</source>
            <translation>Uppdateringen av databasen till den här versionen misslyckades och ångrades; databasen är oförändrad.</translation>
        </message>
    </context>
    <context>
        <name>TeamActions</name>
        <message>
            <source>&amp;Team…</source>
            <translation>&amp;Team…</translation>
        </message>
        <message>
            <source>Team &amp;hub…</source>
            <translation>Team&amp;databas…</translation>
        </message>
        <message>
            <source>E&amp;xport team file…</source>
            <translation>E&amp;xportera teamfil…</translation>
        </message>
        <message>
            <source>&amp;Import team files…</source>
            <translation>&amp;Importera teamfiler…</translation>
        </message>
        <message>
            <source>Export team file</source>
            <translation>Exportera teamfil</translation>
        </message>
        <message>
            <source>Join a team first (Tools → Team…).</source>
            <translation>Gå först med i ett team (Verktyg → Team…).</translation>
        </message>
        <message>
            <source>Team file saved: %1 (%2 clients, no names).</source>
            <translation>Teamfilen sparad: %1 (%2 klienter, inga namn).</translation>
        </message>
        <message>
            <source>Import team employer file</source>
            <translation>Importera teamets arbetsgivarfil</translation>
        </message>
        <message>
            <source>Team employer register imported: %1 employers.</source>
            <translation>Teamets arbetsgivarregister importerat: %1 arbetsgivare.</translation>
        </message>
        <message>
            <source>Import team files</source>
            <translation>Importera teamfiler</translation>
        </message>
        <message>
            <source>Only the team leader imports team files (Tools → Team…).</source>
            <translation>Bara teamledaren importerar teamfiler (Verktyg → Team…).</translation>
        </message>
        <message>
            <source>%1: imported %2 (%3 clients).</source>
            <translation>%1: importerad %2 (%3 klienter).</translation>
        </message>
        <message>
            <source>%1: already imported (%2); nothing changed.</source>
            <translation>%1: redan importerad (%2); ingenting ändrades.</translation>
        </message>
        <message>
            <source>%1: refused. %2</source>
            <translation>%1: avvisad. %2</translation>
        </message>
        <message>
            <source>Export team employer file</source>
            <translation>Exportera teamets arbetsgivarfil</translation>
        </message>
        <message>
            <source>Team employer file saved: %1 employers, no client data.</source>
            <translation>Teamets arbetsgivarfil sparad: %1 arbetsgivare, inga klientuppgifter.</translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>&amp;Create a team…</source>
            <translation>&amp;Grunda ett team…</translation>
        </message>
        <message>
            <source>&amp;Join a team…</source>
            <translation>&amp;Gå med i ett team…</translation>
        </message>
        <message>
            <source>&amp;Invite a member…</source>
            <translation>&amp;Bjud in en medlem…</translation>
        </message>
        <message>
            <source>&amp;New invitation for the selected member…</source>
            <translation>&amp;Ny inbjudan till den valda medlemmen…</translation>
        </message>
        <message>
            <source>&amp;Remove the selected member…</source>
            <translation>&amp;Ta bort den valda medlemmen…</translation>
        </message>
        <message>
            <source>&amp;Export team file…</source>
            <translation>&amp;Exportera teamfil…</translation>
        </message>
        <message>
            <source>I&amp;mport team files…</source>
            <translation>I&amp;mportera teamfiler…</translation>
        </message>
        <message>
            <source>Export team &amp;employer file…</source>
            <translation>Exportera teamets &amp;arbetsgivarfil…</translation>
        </message>
        <message>
            <source>Import team emp&amp;loyer file…</source>
            <translation>Importera teamets &amp;arbetsgivarfil…</translation>
        </message>
        <message>
            <source>You can also drop team files onto this window.</source>
            <translation>Du kan också släppa teamfiler i det här fönstret.</translation>
        </message>
        <message>
            <source>This store is not in a team. A team leader creates the team and gives each specialist an invitation file and its code.</source>
            <translation>Det här datalagret hör inte till något team. Teamledaren grundar teamet och ger varje IPS-arbetshandledare en inbjudningsfil och dess kod.</translation>
        </message>
        <message>
            <source>You lead the team %1 (key generation %2).</source>
            <translation>Du är teamledare för teamet %1 (nyckelgeneration %2).</translation>
        </message>
        <message>
            <source>never</source>
            <translation>aldrig</translation>
        </message>
        <message>
            <source>You are a member of the team %1 as %2. Team file last sent: %3.</source>
            <translation>Du är medlem i teamet %1 som %2. Teamfilen skickades senast: %3.</translation>
        </message>
        <message>
            <source>&amp;Join again with a new invitation…</source>
            <translation>&amp;Gå med igen med en ny inbjudan…</translation>
        </message>
        <message>
            <source>Create a team</source>
            <translation>Grunda ett team</translation>
        </message>
        <message>
            <source>Team &amp;name</source>
            <translation>Teamets &amp;namn</translation>
        </message>
        <message>
            <source>Invite a member</source>
            <translation>Bjud in en medlem</translation>
        </message>
        <message>
            <source>Member's &amp;name</source>
            <translation>Medlemmens &amp;namn</translation>
        </message>
        <message>
            <source>Save the invitation</source>
            <translation>Spara inbjudan</translation>
        </message>
        <message>
            <source>Remove %1 from the team? The team gets new keys: %1's files are no longer accepted and %1 cannot read new team employer files. The other members need a new invitation.</source>
            <translation>Ta bort %1 ur teamet? Teamet får nya nycklar: filer från %1 tas inte längre emot och %1 kan inte läsa nya arbetsgivarfiler från teamet. De andra medlemmarna behöver en ny inbjudan.</translation>
        </message>
        <message>
            <source>Remove a member</source>
            <translation>Ta bort en medlem</translation>
        </message>
    </context>
    <context>
        <name>TeamFile</name>
        <message>
            <source>The file is too big to be a team file (%1 MB; at most %2 MB). Nothing was imported.</source>
            <translation>Filen är för stor för att vara en teamfil (%1 MB; högst %2 MB). Ingenting importerades.</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>Filen kan inte läsas: %1</translation>
        </message>
        <message>
            <source>The file contains binary junk (NUL bytes): it is not an ipsdesk team file.</source>
            <translation>Filen innehåller binärt skräp (NUL-byte): den är inte en teamfil från ipsdesk.</translation>
        </message>
        <message>
            <source>This is not an ipsdesk team file.</source>
            <translation>Det här är inte en teamfil från ipsdesk.</translation>
        </message>
        <message>
            <source>The team file is damaged or cut short (truncated). Ask for a new export.</source>
            <translation>Teamfilen är skadad eller avkortad. Be om en ny export.</translation>
        </message>
        <message>
            <source>This is an ipsdesk file of another kind (%1), not what was expected here.</source>
            <translation>Det här är en annan sorts ipsdesk-fil (%1), inte den som väntades här.</translation>
        </message>
        <message>
            <source>The file was made by a newer ipsdesk (format version %1). Update ipsdesk.</source>
            <translation>Filen har skapats med en nyare ipsdesk (formatversion %1). Uppdatera ipsdesk.</translation>
        </message>
        <message>
            <source>The file's format version %1 is not supported.</source>
            <translation>Filens formatversion %1 stöds inte.</translation>
        </message>
        <message>
            <source>The file belongs to another team (%1), not to this team.</source>
            <translation>Filen hör till ett annat team (%1), inte till det här teamet.</translation>
        </message>
        <message>
            <source>This store is not in a team yet. Create a team or join one first.</source>
            <translation>Det här datalagret hör inte till något team ännu. Grunda ett team eller gå med i ett först.</translation>
        </message>
        <message>
            <source>Only the team leader's store can do this.</source>
            <translation>Bara teamledarens datalager kan göra detta.</translation>
        </message>
        <message>
            <source>The team leader's store does not export team files; it includes its own figures.</source>
            <translation>Teamledarens datalager exporterar inga teamfiler; dess egna siffror räknas med direkt.</translation>
        </message>
        <message>
            <source>The file comes from someone who is not a member of this team.</source>
            <translation>Filen kommer från någon som inte är medlem i det här teamet.</translation>
        </message>
        <message>
            <source>The file comes from a member who has been removed from the team.</source>
            <translation>Filen kommer från en medlem som har tagits bort ur teamet.</translation>
        </message>
        <message>
            <source>The file was made with the team's old keys (generation %1; now %2). The member must join again with a new invitation and export again.</source>
            <translation>Filen har skapats med teamets gamla nycklar (generation %1; nu %2). Medlemmen måste gå med igen med en ny inbjudan och exportera på nytt.</translation>
        </message>
        <message>
            <source>The file was made with newer team keys (generation %1; this store has %2). Join again with the newest invitation.</source>
            <translation>Filen har skapats med nyare teamnycklar (generation %1; det här datalagret har %2). Gå med igen med den senaste inbjudan.</translation>
        </message>
        <message>
            <source>The team file has been altered or damaged after it was made (it fails the encryption check). Nothing was imported; ask for a new export.</source>
            <translation>Teamfilen har ändrats eller skadats efter att den skapades (krypteringskontrollen stämmer inte). Ingenting importerades; be om en ny export.</translation>
        </message>
        <message>
            <source>The team file's checksum does not match its contents. Nothing was imported.</source>
            <translation>Teamfilens kontrollsumma stämmer inte med innehållet. Ingenting importerades.</translation>
        </message>
        <message>
            <source>The team file's cover does not match its contents. Nothing was imported.</source>
            <translation>Teamfilens omslagsuppgifter stämmer inte med innehållet. Ingenting importerades.</translation>
        </message>
        <message>
            <source>A newer team file of %1 (exported %2) is already imported; this older one was not.</source>
            <translation>En nyare teamfil från %1 (exporterad %2) är redan importerad; den här äldre importerades inte.</translation>
        </message>
        <message>
            <source>The team file has a wrong or missing value: %1.</source>
            <translation>Teamfilen har ett felaktigt eller saknat värde: %1.</translation>
        </message>
        <message>
            <source>The team file has an impossible date: %1 = %2.</source>
            <translation>Teamfilen har ett omöjligt datum: %1 = %2.</translation>
        </message>
        <message>
            <source>The team file has a date in the future: %1 = %2.</source>
            <translation>Teamfilen har ett datum i framtiden: %1 = %2.</translation>
        </message>
        <message>
            <source>The team file lists the client code %1 twice.</source>
            <translation>Teamfilen har klientkoden %1 två gånger.</translation>
        </message>
        <message>
            <source>The team file refers to a client code it does not list: %1.</source>
            <translation>Teamfilen hänvisar till en klientkod som inte finns i den: %1.</translation>
        </message>
        <message>
            <source>In the team file a job ends before it starts (%1).</source>
            <translation>I teamfilen slutar en anställning innan den börjar (%1).</translation>
        </message>
        <message>
            <source>In the team file a step toward work ends before it starts (%1).</source>
            <translation>I teamfilen slutar ett steg mot arbete innan det börjar (%1).</translation>
        </message>
        <message>
            <source>The invitation code is wrong, or the invitation file is damaged.</source>
            <translation>Inbjudningskoden är fel, eller inbjudningsfilen är skadad.</translation>
        </message>
        <message>
            <source>This store is already in the team %1. It cannot join another team.</source>
            <translation>Det här datalagret hör redan till teamet %1. Det kan inte gå med i ett annat team.</translation>
        </message>
        <message>
            <source>This store leads the team %1; a team leader does not join with an invitation.</source>
            <translation>Det här datalagret leder teamet %1; en teamledare går inte med via en inbjudan.</translation>
        </message>
        <message>
            <source>This store is already in the team %1.</source>
            <translation>Det här datalagret hör redan till teamet %1.</translation>
        </message>
        <message>
            <source>There is no member %1 in this team.</source>
            <translation>Det finns ingen medlem %1 i det här teamet.</translation>
        </message>
        <message>
            <source>Give a name.</source>
            <translation>Ange ett namn.</translation>
        </message>
        <message>
            <source>The name is too long: at most %1 characters.</source>
            <translation>Namnet är för långt: högst %1 tecken.</translation>
        </message>
    </context>
    <context>
        <name>TeamHistoryLine</name>
        <message>
            <source>Team: %1 contacts; the last on %2 by %3 (%4).</source>
            <translation>Teamet: %1 kontakter; den senaste %2 av %3 (%4).</translation>
        </message>
        <message>
            <source>%1 contacted this employer on %2 (%3). You might agree together who keeps in touch next.</source>
            <translation>%1 kontaktade den här arbetsgivaren %2 (%3). Ni kan komma överens om vem som håller kontakten härnäst.</translation>
        </message>
    </context>
    <context>
        <name>TeamPage</name>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Föregående</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Nästa ▶</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Denna vecka</translation>
        </message>
        <message>
            <source>Language of the exported report</source>
            <translation>Språk för den exporterade rapporten</translation>
        </message>
        <message>
            <source>Language of the exported files</source>
            <translation>Språk för de exporterade filerna</translation>
        </message>
        <message>
            <source>Export week…</source>
            <translation>Exportera veckan…</translation>
        </message>
        <message>
            <source>The team's figures of the week</source>
            <translation>Teamets nyckeltal för veckan</translation>
        </message>
        <message>
            <source>Employment specialists of the team</source>
            <translation>Teamets arbetshandledare</translation>
        </message>
        <message>
            <source>The team's employer contacts per week; the red line is the team target.</source>
            <translation>Teamets arbetsgivarkontakter per vecka; den röda linjen är teamets mål.</translation>
        </message>
        <message>
            <source>Team figures</source>
            <translation>Teamets nyckeltal</translation>
        </message>
        <message>
            <source>Specialists (for the team's own meeting, not a ranking)</source>
            <translation>Arbetshandledare (för teamets eget möte, inte en rangordning)</translation>
        </message>
        <message>
            <source>Team employer contacts, last 12 weeks</source>
            <translation>Teamets arbetsgivarkontakter, de senaste 12 veckorna</translation>
        </message>
        <message>
            <source>&lt;span style='color:#2e7d32'&gt;■&lt;/span&gt; face-to-face  &lt;span style='color:#9ccc65'&gt;■&lt;/span&gt; other  &lt;span style='color:#c62828'&gt;- -&lt;/span&gt; target</source>
            <translation>&lt;span style='color:#2e7d32'&gt;■&lt;/span&gt; ansikte mot ansikte  &lt;span style='color:#9ccc65'&gt;■&lt;/span&gt; annat  &lt;span style='color:#c62828'&gt;- -&lt;/span&gt; mål</translation>
        </message>
        <message>
            <source>People working, last 12 weeks</source>
            <translation>Personer i arbete, de senaste 12 veckorna</translation>
        </message>
        <message>
            <source>This store (team files)</source>
            <translation>Detta datalager (teamfiler)</translation>
        </message>
        <message>
            <source>Team hub</source>
            <translation>Teamdatabas</translation>
        </message>
        <message>
            <source>Where the figures come from: the team files imported into this store, or the team hub set up in Tools → Team hub.</source>
            <translation>Varifrån siffrorna kommer: teamfilerna som har importerats till detta datalager, eller teamdatabasen som är inställd under Verktyg → Teamdatabas.</translation>
        </message>
        <message>
            <source>S&amp;ource:</source>
            <translation>&amp;Källa:</translation>
        </message>
        <message>
            <source>Every team visible to this account</source>
            <translation>Alla team som detta konto ser</translation>
        </message>
        <message>
            <source>On the team hub: one team, or every team this hub account may read (the county coordinator sees every team, a team leader their own).</source>
            <translation>I teamdatabasen: ett team, eller alla team som detta konto får läsa (välfärdsområdets koordinator ser alla team, en teamledare sitt eget).</translation>
        </message>
        <message>
            <source>Te&amp;am:</source>
            <translation>T&amp;eam:</translation>
        </message>
        <message>
            <source>Team %1 (%2, this store's team)</source>
            <translation>Team %1 (%2, detta datalagers team)</translation>
        </message>
        <message>
            <source>Team %1</source>
            <translation>Team %1</translation>
        </message>
        <message>
            <source>Period outcome report</source>
            <translation>Periodens resultatrapport</translation>
        </message>
        <message>
            <source>Period from</source>
            <translation>Perioden från</translation>
        </message>
        <message>
            <source>Period to</source>
            <translation>Perioden till</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Visa</translation>
        </message>
        <message>
            <source>Export period…</source>
            <translation>Exportera perioden…</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>to</source>
            <translation>till</translation>
        </message>
        <message>
            <source>Reading the team hub…</source>
            <translation>Läser teamdatabasen…</translation>
        </message>
        <message>
            <source>Reading the team hub</source>
            <translation>Läser teamdatabasen</translation>
        </message>
        <message>
            <source>Team week %1 / %2 (%3–%4)</source>
            <translation>Teamets vecka %1 / %2 (%3–%4)</translation>
        </message>
        <message>
            <source>this week</source>
            <translation>denna vecka</translation>
        </message>
        <message>
            <source>Clients by phase: %1</source>
            <translation>Klienter per fas: %1</translation>
        </message>
        <message>
            <source>Missing or old files: %1</source>
            <translation>Saknade eller gamla filer: %1</translation>
        </message>
        <message>
            <source>Every specialist's file covers the week.</source>
            <translation>Varje arbetshandledares fil täcker veckan.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>Perioden slutar innan den börjar.</translation>
        </message>
        <message>
            <source>Building the report</source>
            <translation>Rapporten sammanställs</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Exportera rapporten</translation>
        </message>
        <message>
            <source>PDF document (*.pdf);;CSV table (*.csv)</source>
            <translation>PDF-dokument (*.pdf);;CSV-tabell (*.csv)</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Skrivet: %1</translation>
        </message>
        <message>
            <source>team-week-%1.pdf</source>
            <translation>teamets-vecka-%1.pdf</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>Exporterar</translation>
        </message>
        <message>
            <source>outcomes-%1-%2.pdf</source>
            <translation>resultat-%1-%2.pdf</translation>
        </message>
        <message>
            <source>&amp;Team</source>
            <translation>&amp;Team</translation>
        </message>
    </context>
    <context>
        <name>TeamReport</name>
        <message>
            <source>Finnish IPS reports (seeds)</source>
            <translation>Finländska IPS-rapporter</translation>
        </message>
        <message>
            <source>IPS Grow (UK)</source>
            <translation>IPS Grow (Storbritannien)</translation>
        </message>
        <message>
            <source>IPS Employment Center (US)</source>
            <translation>IPS Employment Center (USA)</translation>
        </message>
        <message>
            <source>IPS fidelity scale</source>
            <translation>IPS-troghetsskalan</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation>Antal klienter</translation>
        </message>
        <message>
            <source>Clients with an agreement whose service has not ended by the end of the week; target 20 per full-time specialist (scaled by working time).</source>
            <translation>Klienter med samarbetsavtal vars tjänst inte har avslutats före veckans slut; högst 20 per heltidsanställd arbetshandledare (i proportion till arbetstiden).</translation>
        </message>
        <message>
            <source>Clients in phase</source>
            <translation>Klienter per fas</translation>
        </message>
        <message>
            <source>Clients in service at the end of the week by the phase they were in then (the last phase move on or before that day).</source>
            <translation>Klienter i tjänsten vid veckans slut enligt den fas de då var i (den senaste fasändringen den dagen eller tidigare).</translation>
        </message>
        <message>
            <source>Employer contacts</source>
            <translation>Arbetsgivarkontakter</translation>
        </message>
        <message>
            <source>Employer contacts of the week, all modes; target 6 per full-time specialist a week.</source>
            <translation>Veckans arbetsgivarkontakter på alla sätt; målet är minst 6 i veckan per heltidsanställd arbetshandledare.</translation>
        </message>
        <message>
            <source>Face-to-face employer contacts</source>
            <translation>Arbetsgivarkontakter ansikte mot ansikte</translation>
        </message>
        <message>
            <source>Employer contacts of the week met in person (fidelity item 17 counts these).</source>
            <translation>Veckans arbetsgivarkontakter där man träffades personligen (troghetsskalans punkt 17 räknar dessa).</translation>
        </message>
        <message>
            <source>New agreements</source>
            <translation>Nya samarbetsavtal</translation>
        </message>
        <message>
            <source>Clients whose cooperation agreement is dated in the week.</source>
            <translation>Klienter vars samarbetsavtal är daterat under veckan.</translation>
        </message>
        <message>
            <source>First face-to-face employer contacts</source>
            <translation>Första arbetsgivarkontakter ansikte mot ansikte</translation>
        </message>
        <message>
            <source>Clients whose first face-to-face employer contact on their behalf was in the week.</source>
            <translation>Klienter för vilka den första arbetsgivarkontakten ansikte mot ansikte togs under veckan.</translation>
        </message>
        <message>
            <source>of which within 30 days</source>
            <translation>varav inom 30 dagar</translation>
        </message>
        <message>
            <source>First face-to-face employer contacts at most 30 days after the agreement (seeds: within one month; fidelity item 15).</source>
            <translation>Första arbetsgivarkontakter ansikte mot ansikte högst 30 dagar efter samarbetsavtalet (inom en månad; troghetsskalans punkt 15).</translation>
        </message>
        <message>
            <source>Median days to first contact</source>
            <translation>Dagar till första kontakten (median)</translation>
        </message>
        <message>
            <source>Median of the days from the agreement to the first face-to-face employer contact, over the week's first contacts.</source>
            <translation>Median av dagarna från samarbetsavtalet till den första arbetsgivarkontakten ansikte mot ansikte, för veckans första kontakter.</translation>
        </message>
        <message>
            <source>Job starts</source>
            <translation>Påbörjade anställningar</translation>
        </message>
        <message>
            <source>Jobs (all kinds) starting in the week.</source>
            <translation>Anställningar (alla slag) som började under veckan.</translation>
        </message>
        <message>
            <source>Job ends</source>
            <translation>Avslutade anställningar</translation>
        </message>
        <message>
            <source>Jobs ending in the week.</source>
            <translation>Anställningar som upphörde under veckan.</translation>
        </message>
        <message>
            <source>People working</source>
            <translation>Personer i arbete</translation>
        </message>
        <message>
            <source>Unique persons with an open-market job on the last day of the week.</source>
            <translation>Personer med en anställning på öppna arbetsmarknaden veckans sista dag, var och en en gång.</translation>
        </message>
        <message>
            <source>of whom with wage subsidy</source>
            <translation>varav med lönesubvention</translation>
        </message>
        <message>
            <source>Persons working on the last day of the week whose open-market job has a wage subsidy.</source>
            <translation>Personer i arbete veckans sista dag vars anställning på öppna arbetsmarknaden har lönesubvention.</translation>
        </message>
        <message>
            <source>Follow-along contacts due</source>
            <translation>Förfallna uppföljningskontakter</translation>
        </message>
        <message>
            <source>Persons in work in the week who are due a follow-along contact: weekly in the first month of the job, then when 30 days have passed since the last one (fidelity item 23).</source>
            <translation>Personer i arbete under veckan som ska ha en uppföljningskontakt: varje vecka under anställningens första månad, sedan när 30 dagar har gått sedan den förra (troghetsskalans punkt 23).</translation>
        </message>
        <message>
            <source>Follow-along contacts done</source>
            <translation>Genomförda uppföljningskontakter</translation>
        </message>
        <message>
            <source>Of the persons due a follow-along contact, those who had one in the week.</source>
            <translation>Av dem som skulle ha en uppföljningskontakt, de som fick en under veckan.</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Remitterade</translation>
        </message>
        <message>
            <source>Persons referred in the period (by the referral date).</source>
            <translation>Personer som remitterades under perioden (enligt remissdatum).</translation>
        </message>
        <message>
            <source>Referrals without an agreement</source>
            <translation>Remitterade utan samarbetsavtal</translation>
        </message>
        <message>
            <source>Persons referred in the period with no agreement by the end of the period (seeds: contacts that did not lead to an agreement).</source>
            <translation>Personer som remitterades under perioden och saknade samarbetsavtal vid periodens slut (kontakter som inte ledde till avtal).</translation>
        </message>
        <message>
            <source>Persons whose cooperation agreement is dated in the period.</source>
            <translation>Personer vars samarbetsavtal är daterat under perioden.</translation>
        </message>
        <message>
            <source>Persons with an agreement in service</source>
            <translation>Personer med samarbetsavtal i tjänsten</translation>
        </message>
        <message>
            <source>Persons with an agreement made by the end of the period whose service had not ended before it began; each person once.</source>
            <translation>Personer med samarbetsavtal senast vid periodens slut vars tjänst inte hade avslutats före periodens början; var och en en gång.</translation>
        </message>
        <message>
            <source>Persons employed (open labour market)</source>
            <translation>Sysselsatta personer (öppna arbetsmarknaden)</translation>
        </message>
        <message>
            <source>Unique persons who started an open-market job in the period, with or without wage subsidy; a person with several jobs is counted once.</source>
            <translation>Personer som påbörjade en anställning på öppna arbetsmarknaden under perioden, med eller utan lönesubvention; en person med flera anställningar räknas en gång.</translation>
        </message>
        <message>
            <source>Persons employed without wage subsidy</source>
            <translation>Sysselsatta utan lönesubvention</translation>
        </message>
        <message>
            <source>Unique persons who started an open-market job without wage subsidy in the period.</source>
            <translation>Personer som påbörjade en anställning på öppna arbetsmarknaden utan lönesubvention under perioden.</translation>
        </message>
        <message>
            <source>Persons employed with wage subsidy</source>
            <translation>Sysselsatta med lönesubvention</translation>
        </message>
        <message>
            <source>Unique persons who started an open-market job with wage subsidy in the period.</source>
            <translation>Personer som påbörjade en anställning med lönesubvention på öppna arbetsmarknaden under perioden.</translation>
        </message>
        <message>
            <source>Persons who worked in the period</source>
            <translation>Personer i arbete under perioden</translation>
        </message>
        <message>
            <source>Unique persons with an open-market job on any day of the period (also jobs started earlier).</source>
            <translation>Personer med en anställning på öppna arbetsmarknaden någon dag under perioden (även anställningar som började tidigare).</translation>
        </message>
        <message>
            <source>Employment relationships started</source>
            <translation>Påbörjade anställningar</translation>
        </message>
        <message>
            <source>Jobs started in the period, second and third jobs of a person included.</source>
            <translation>Anställningar som började under perioden, även en persons andra och tredje anställning.</translation>
        </message>
        <message>
            <source>of which on the open labour market</source>
            <translation>varav på öppna arbetsmarknaden</translation>
        </message>
        <message>
            <source>Jobs started in the period on the open labour market.</source>
            <translation>Anställningar på öppna arbetsmarknaden som började under perioden.</translation>
        </message>
        <message>
            <source>Moved to education</source>
            <translation>Övergick till utbildning</translation>
        </message>
        <message>
            <source>Unique persons who started education in the period.</source>
            <translation>Personer som påbörjade en utbildning under perioden.</translation>
        </message>
        <message>
            <source>Moved to a work trial</source>
            <translation>Övergick till arbetsprövning</translation>
        </message>
        <message>
            <source>Unique persons who started a work trial in the period.</source>
            <translation>Personer som påbörjade en arbetsprövning under perioden.</translation>
        </message>
        <message>
            <source>Moved to volunteering</source>
            <translation>Övergick till frivilligarbete</translation>
        </message>
        <message>
            <source>Unique persons who started volunteering in the period.</source>
            <translation>Personer som började med frivilligarbete under perioden.</translation>
        </message>
        <message>
            <source>Moved to an apprenticeship</source>
            <translation>Övergick till läroavtalsutbildning</translation>
        </message>
        <message>
            <source>Unique persons who started an apprenticeship in the period.</source>
            <translation>Personer som påbörjade en läroavtalsutbildning under perioden.</translation>
        </message>
        <message>
            <source>Moved to another step toward work</source>
            <translation>Övergick till ett annat steg mot arbete</translation>
        </message>
        <message>
            <source>Unique persons who started another step toward work in the period.</source>
            <translation>Personer som påbörjade ett annat steg mot arbete under perioden.</translation>
        </message>
        <message>
            <source>Employment rate</source>
            <translation>Sysselsättningsgrad</translation>
        </message>
        <message>
            <source>Persons employed ÷ persons with an agreement in service (Finland 2023–24: 38 %; international benchmark about 37–41 %).</source>
            <translation>Sysselsatta ÷ personer med samarbetsavtal i tjänsten (Finland 2023–24: 38 %; internationell jämförelsenivå cirka 37–41 %).</translation>
        </message>
        <message>
            <source>Employment rate without wage subsidy</source>
            <translation>Sysselsättningsgrad utan lönesubvention</translation>
        </message>
        <message>
            <source>Persons employed without wage subsidy ÷ persons with an agreement in service (Finland 2023–24: 21 %).</source>
            <translation>Sysselsatta utan lönesubvention ÷ personer med samarbetsavtal i tjänsten (Finland 2023–24: 21 %).</translation>
        </message>
        <message>
            <source>Employment rate of out-of-work clients</source>
            <translation>Sysselsättningsgrad för klienter utan arbete</translation>
        </message>
        <message>
            <source>Persons employed ÷ persons in service who were not in work at referral (IPS Grow since 2024; benchmark 40 %).</source>
            <translation>Sysselsatta ÷ personer i tjänsten som inte arbetade vid remissen (IPS Grow sedan 2024; jämförelsenivå 40 %).</translation>
        </message>
        <message>
            <source>Share already in work at referral</source>
            <translation>Andel som redan arbetade vid remissen</translation>
        </message>
        <message>
            <source>Persons in service who were in work when referred ÷ persons in service (IPS Grow: at most 15 %).</source>
            <translation>Personer i tjänsten som arbetade vid remissen ÷ alla personer i tjänsten (IPS Grow: högst 15 %).</translation>
        </message>
        <message>
            <source>Severe mental illness: in service</source>
            <translation>Allvarlig psykisk sjukdom: i tjänsten</translation>
        </message>
        <message>
            <source>Persons in service with a severe mental illness.</source>
            <translation>Personer i tjänsten med en allvarlig psykisk sjukdom.</translation>
        </message>
        <message>
            <source>Severe mental illness: employed</source>
            <translation>Allvarlig psykisk sjukdom: sysselsatta</translation>
        </message>
        <message>
            <source>Persons employed with a severe mental illness.</source>
            <translation>Sysselsatta personer med en allvarlig psykisk sjukdom.</translation>
        </message>
        <message>
            <source>Severe mental illness: employment rate</source>
            <translation>Allvarlig psykisk sjukdom: sysselsättningsgrad</translation>
        </message>
        <message>
            <source>Employment rate of persons with a severe mental illness.</source>
            <translation>Sysselsättningsgrad för personer med en allvarlig psykisk sjukdom.</translation>
        </message>
        <message>
            <source>Other diagnoses: in service</source>
            <translation>Övriga diagnoser: i tjänsten</translation>
        </message>
        <message>
            <source>Persons in service without a severe mental illness.</source>
            <translation>Personer i tjänsten utan allvarlig psykisk sjukdom.</translation>
        </message>
        <message>
            <source>Other diagnoses: employed</source>
            <translation>Övriga diagnoser: sysselsatta</translation>
        </message>
        <message>
            <source>Persons employed without a severe mental illness.</source>
            <translation>Sysselsatta personer utan allvarlig psykisk sjukdom.</translation>
        </message>
        <message>
            <source>Other diagnoses: employment rate</source>
            <translation>Övriga diagnoser: sysselsättningsgrad</translation>
        </message>
        <message>
            <source>Employment rate of persons without a severe mental illness.</source>
            <translation>Sysselsättningsgrad för personer utan allvarlig psykisk sjukdom.</translation>
        </message>
        <message>
            <source>Team week %1</source>
            <translation>Teamets vecka %1</translation>
        </message>
        <message>
            <source>Outcome report %1 – %2</source>
            <translation>Resultatrapport %1–%2</translation>
        </message>
        <message>
            <source>%1, week %2 (%3 – %4). Created %5.</source>
            <translation>%1, vecka %2 (%3–%4). Upprättad %5.</translation>
        </message>
        <message>
            <source>%1, %2 – %3. Created %4. Specialists included: %5.</source>
            <translation>%1, %2–%3. Upprättad %4. Antal arbetshandledare: %5.</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Nyckeltal</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Värde</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Definition</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Källa</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Vecka</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>Specialist</source>
            <translation>Arbetshandledare</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>File of</source>
            <translation>Fil från</translation>
        </message>
        <message>
            <source>File missing or older than the week</source>
            <translation>Filen saknas eller är äldre än veckan</translation>
        </message>
        <message>
            <source>no file</source>
            <translation>ingen fil</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>days</source>
            <translation>dagar</translation>
        </message>
        <message>
            <source>persons</source>
            <translation>personer</translation>
        </message>
        <message>
            <source>count</source>
            <translation>antal</translation>
        </message>
        <message>
            <source>Clients in phase %1</source>
            <translation>Klienter i fas %1</translation>
        </message>
        <message>
            <source>Specialists</source>
            <translation>Arbetshandledare</translation>
        </message>
        <message>
            <source>Clients by phase</source>
            <translation>Klienter per fas</translation>
        </message>
        <message>
            <source>Team figures</source>
            <translation>Teamets nyckeltal</translation>
        </message>
        <message>
            <source>The last 12 weeks</source>
            <translation>De senaste 12 veckorna</translation>
        </message>
        <message>
            <source>Team employer contacts and target</source>
            <translation>Teamets arbetsgivarkontakter och mål</translation>
        </message>
        <message>
            <source>Definitions</source>
            <translation>Definitioner</translation>
        </message>
        <message>
            <source>Dark bars: all contacts · light bars: face-to-face · red line: target</source>
            <translation>Mörka staplar: alla kontakter · ljusa: ansikte mot ansikte · röd linje: mål</translation>
        </message>
        <message>
            <source>Missing or old files: %1</source>
            <translation>Saknade eller gamla filer: %1</translation>
        </message>
        <message>
            <source>Every specialist's file covers the week.</source>
            <translation>Varje arbetshandledares fil täcker veckan.</translation>
        </message>
        <message>
            <source>Page %1 / %2</source>
            <translation>Sida %1 / %2</translation>
        </message>
        <message>
            <source>Results are followed at team level; the specialists' rows are for the team's own meeting, not a ranking.</source>
            <translation>Resultaten följs upp på teamnivå; raderna per arbetshandledare är för teamets eget möte, inte en rangordning.</translation>
        </message>
    </context>
    <context>
        <name>TextDialog</name>
        <message>
            <source>Give a name.</source>
            <translation>Ange ett namn.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock ipsdesk</source>
            <translation>Lås upp ipsdesk</translation>
        </message>
        <message>
            <source>Type your passphrase. If you have forgotten it, type the recovery key from the recovery sheet.</source>
            <translation>Skriv din lösenfras. Om du har glömt den, skriv återställningsnyckeln från återställningsbladet.</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Öppnar…</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Choose why the service ends.</source>
            <translation>Välj varför tjänsten avslutas.</translation>
        </message>
        <message>
            <source>Cannot be before the previous phase change (%1).</source>
            <translation>Kan inte vara tidigare än föregående fasbyte (%1).</translation>
        </message>
        <message>
            <source>The client is already in phase %1; choose another phase.</source>
            <translation>Klienten är redan i fas %1; välj en annan fas.</translation>
        </message>
        <message>
            <source>Too long: at most %1 characters.</source>
            <translation>För lång text: högst %1 tecken.</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>Fältet är obligatoriskt.</translation>
        </message>
        <message>
            <source>Not a valid date.</source>
            <translation>Ogiltigt datum.</translation>
        </message>
        <message>
            <source>The date is implausibly far in the past.</source>
            <translation>Datumet ligger orimligt långt tillbaka i tiden.</translation>
        </message>
        <message>
            <source>The date is in the future.</source>
            <translation>Datumet ligger i framtiden.</translation>
        </message>
        <message>
            <source>The date is more than a year ahead.</source>
            <translation>Datumet ligger mer än ett år framåt i tiden.</translation>
        </message>
        <message>
            <source>Cannot be before %1.</source>
            <translation>Kan inte vara tidigare än %1.</translation>
        </message>
        <message>
            <source>Must be a number between %1 and %2.</source>
            <translation>Ange ett tal mellan %1 och %2.</translation>
        </message>
        <message>
            <source>Not a number: type digits, e.g. %1.</source>
            <translation>Inte ett tal: skriv med siffror, t.ex. %1.</translation>
        </message>
        <message>
            <source>Type a whole number.</source>
            <translation>Skriv ett heltal.</translation>
        </message>
        <message>
            <source>Choose one of the options.</source>
            <translation>Välj ett av alternativen.</translation>
        </message>
        <message>
            <source>The next review cannot be in the past.</source>
            <translation>Datumet för nästa uppföljning kan inte ligga i det förflutna.</translation>
        </message>
        <message>
            <source>Cannot be before the previous version of the plan (%1).</source>
            <translation>Kan inte vara tidigare än planens föregående version (%1).</translation>
        </message>
        <message>
            <source>At most %1 steps.</source>
            <translation>Högst %1 åtgärder.</translation>
        </message>
        <message>
            <source>%1 in the register already has this Y-tunnus; a Y-tunnus identifies one employer.</source>
            <translation>%1 i registret har redan detta FO-nummer; ett FO-nummer identifierar en arbetsgivare.</translation>
        </message>
    </context>
    <context>
        <name>Week</name>
        <message>
            <source>Week %1</source>
            <translation>Vecka %1</translation>
        </message>
        <message>
            <source>Week %1/%2</source>
            <translation>Vecka %1/%2</translation>
        </message>
        <message>
            <source>Employer contacts</source>
            <translation>Arbetsgivarkontakter</translation>
        </message>
        <message>
            <source>Face-to-face</source>
            <translation>Personliga möten</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Övriga</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Target met</source>
            <translation>Målet uppnått</translation>
        </message>
        <message>
            <source>Target not met</source>
            <translation>Målet inte uppnått</translation>
        </message>
    </context>
    <context>
        <name>WeekPage</name>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Föregående</translation>
        </message>
        <message>
            <source>Previous week (Alt+Page Up)</source>
            <translation>Föregående vecka (Alt+Page Up)</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Nästa ▶</translation>
        </message>
        <message>
            <source>Next week (Alt+Page Down)</source>
            <translation>Nästa vecka (Alt+Page Down)</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Denna vecka</translation>
        </message>
        <message>
            <source>Log contact… (Ctrl+E)</source>
            <translation>Registrera kontakt… (Ctrl+E)</translation>
        </message>
        <message>
            <source>Employer contacts per week; the red line is the target.</source>
            <translation>Arbetsgivarkontakter per vecka; den röda linjen är målet.</translation>
        </message>
        <message>
            <source>Last 12 weeks</source>
            <translation>De senaste 12 veckorna</translation>
        </message>
        <message>
            <source>&lt;span style='color:#2e7d32'&gt;■&lt;/span&gt; face-to-face  &lt;span style='color:#9ccc65'&gt;■&lt;/span&gt; other  &lt;span style='color:#c62828'&gt;- -&lt;/span&gt; target</source>
            <translation>&lt;span style='color:#2e7d32'&gt;■&lt;/span&gt; personligen  &lt;span style='color:#9ccc65'&gt;■&lt;/span&gt; övriga  &lt;span style='color:#c62828'&gt;- -&lt;/span&gt; mål</translation>
        </message>
        <message>
            <source>Contacts this week</source>
            <translation>Kontakter denna vecka</translation>
        </message>
        <message>
            <source>What is due</source>
            <translation>Att göra</translation>
        </message>
        <message>
            <source>Week %1 / %2 (%3–%4)</source>
            <translation>Vecka %1 / %2 (%3–%4)</translation>
        </message>
        <message>
            <source>this week</source>
            <translation>denna vecka</translation>
        </message>
        <message>
            <source>Face-to-face %1 · other %2
%3 (target %4)</source>
            <translation>Personligen %1 · övriga %2
%3 (mål %4)</translation>
        </message>
        <message>
            <source>Contacts in week %1 (%2)</source>
            <translation>Kontakter vecka %1 (%2)</translation>
        </message>
        <message>
            <source>What is due (%1, overdue %2)</source>
            <translation>Att göra (%1, försenade %2)</translation>
        </message>
        <message>
            <source>&amp;Week</source>
            <translation>&amp;Vecka</translation>
        </message>
    </context>
</TS>
