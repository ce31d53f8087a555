<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
    <context>
        <name>AccessLog</name>
        <message>
            <source>Client's basic details</source>
            <translation>Asiakkaan perustiedot</translation>
        </message>
        <message>
            <source>Client record</source>
            <translation>Asiakkaan tiedot</translation>
        </message>
        <message>
            <source>Service ended</source>
            <translation>Palvelu päätetty</translation>
        </message>
        <message>
            <source>Service re-opened</source>
            <translation>Palvelu aloitettu uudelleen</translation>
        </message>
        <message>
            <source>Client erased</source>
            <translation>Asiakas poistettu pysyvästi</translation>
        </message>
        <message>
            <source>Employer contact</source>
            <translation>Työnantajakontakti</translation>
        </message>
        <message>
            <source>Employer contacts</source>
            <translation>Työnantajakontaktit</translation>
        </message>
        <message>
            <source>Employer's history</source>
            <translation>Työnantajan historia</translation>
        </message>
        <message>
            <source>Phase: %1</source>
            <translation>Vaihe: %1</translation>
        </message>
        <message>
            <source>Action plan, version %1</source>
            <translation>Toimintasuunnitelma, versio %1</translation>
        </message>
        <message>
            <source>Action plan, version %1 (%2)</source>
            <translation>Toimintasuunnitelma, versio %1 (%2)</translation>
        </message>
        <message>
            <source>Access log (%1)</source>
            <translation>Tietojen käyttöloki (%1)</translation>
        </message>
        <message>
            <source>Full record (%1)</source>
            <translation>Kaikki asiakkaan tiedot (%1)</translation>
        </message>
    </context>
    <context>
        <name>AccessLogModel</name>
        <message>
            <source>Opened</source>
            <translation>Avattu</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Luotu</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Muutettu</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Poistettu</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Viety</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Tulostettu</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Tuotu</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>Poistettu pysyvästi</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Milloin</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kuka</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Toimenpide</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Kohde</translation>
        </message>
    </context>
    <context>
        <name>ActionPlan</name>
        <message>
            <source>The client's own goal</source>
            <extracomment>The plan's text fields in document order, with their labels (editor and diff).</extracomment>
            <translation>Asiakkaan oma tavoite</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Vahvuudet</translation>
        </message>
        <message>
            <source>Wishes for work</source>
            <translation>Toiveet työn suhteen</translation>
        </message>
        <message>
            <source>Support agreed</source>
            <translation>Sovittu tuki</translation>
        </message>
        <message>
            <source>How often we meet</source>
            <translation>Kuinka usein tavataan</translation>
        </message>
        <message>
            <source>Information sharing</source>
            <translation>Tietojen vaihto</translation>
        </message>
        <message>
            <source>Benefits counselling</source>
            <translation>Etuusneuvonta</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Seuraava tarkistus</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups and restore</source>
            <translation>Varmuuskopiot ja palautus</translation>
        </message>
        <message>
            <source>ipsdesk backs your store up automatically while you work and when you close it, encrypted like the store. It keeps one backup for each of the last 12 days, 10 weeks and 9 months with backups. Backups are in %1.</source>
            <translation>ipsdesk varmuuskopioi tietokannan automaattisesti työskentelyn aikana ja sulkiessasi ohjelman, salattuna kuten tietokanta. Se säilyttää yhden varmuuskopion kultakin 12 viimeisimmältä päivältä, 10 viikolta ja 9 kuukaudelta, joilta varmuuskopioita on. Varmuuskopiot ovat kansiossa %1.</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Varmuuskopioita ei vielä ole.</translation>
        </message>
        <message>
            <source>&amp;Restore selected…</source>
            <translation>&amp;Palauta valittu…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Varmuuskopioi nyt</translation>
        </message>
    </context>
    <context>
        <name>BackupsModel</name>
        <message>
            <source>Automatic</source>
            <translation>Automaattinen</translation>
        </message>
        <message>
            <source>At close</source>
            <translation>Sovellusta suljettaessa</translation>
        </message>
        <message>
            <source>Made by you</source>
            <translation>Itse tehty</translation>
        </message>
        <message>
            <source>Before an update</source>
            <translation>Ennen päivitystä</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Ennen palautusta</translation>
        </message>
        <message>
            <source>Damaged store, kept as it was</source>
            <translation>Vioittunut tietokanta, säilytetty sellaisenaan</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Luotu</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Syy</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Koko</translation>
        </message>
    </context>
    <context>
        <name>CaseloadModel</name>
        <message>
            <source>Code</source>
            <translation>Tunnus</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <source>Days in phase</source>
            <translation>Päivää vaiheessa</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Viimeisin yhteys</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Tehtävää</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (myöhässä)</translation>
        </message>
    </context>
    <context>
        <name>CaseloadPage</name>
        <message>
            <source>Search by name or code (Ctrl+F)</source>
            <translation>Hae nimellä tai tunnuksella (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search clients</source>
            <translation>Hae asiakasta</translation>
        </message>
        <message>
            <source>Show ended</source>
            <translation>Näytä päättyneet</translation>
        </message>
        <message>
            <source>New client…</source>
            <translation>Uusi asiakas…</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation>Asiakkaat</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <translation>Yhteensä: %1</translation>
        </message>
    </context>
    <context>
        <name>ClientContactsTab</name>
        <message>
            <source>Employer contacts for the client</source>
            <translation>Asiakkaaseen liittyvät työnantajakontaktit</translation>
        </message>
        <message>
            <source>Log contact for this client… (Ctrl+E)</source>
            <translation>Kirjaa kontakti tälle asiakkaalle… (Ctrl+E)</translation>
        </message>
        <message>
            <source>First face-to-face employer contact %1, %2 days after the agreement.</source>
            <translation>Ensimmäinen kasvokkainen työnantajatapaaminen %1, %2 päivää sopimuksen jälkeen.</translation>
        </message>
        <message>
            <source>No cooperation agreement date yet.</source>
            <translation>Yhteistyösopimuksen päivämäärää ei vielä ole.</translation>
        </message>
        <message>
            <source>No face-to-face employer contact yet: %1 days since the agreement.</source>
            <translation>Ei vielä kasvokkaista työnantajatapaamista: sopimuksesta %1 päivää.</translation>
        </message>
        <message>
            <source>E&amp;mployer contacts</source>
            <translation>Työ&amp;nantajakontaktit</translation>
        </message>
    </context>
    <context>
        <name>ClientStatus</name>
        <message>
            <source>Active</source>
            <translation>Käynnissä</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Päättynyt</translation>
        </message>
    </context>
    <context>
        <name>ClientWorkspace</name>
        <message>
            <source>← Caseload</source>
            <translation>← Asiakkaat</translation>
        </message>
        <message>
            <source>Back to the caseload (Alt+Left)</source>
            <translation>Takaisin asiakaslistaan (Alt+vasen nuoli)</translation>
        </message>
        <message>
            <source>Move to phase…</source>
            <translation>Vaihda vaihetta…</translation>
        </message>
        <message>
            <source>Ctrl+M</source>
            <translation>Ctrl+M</translation>
        </message>
        <message>
            <source>End service…</source>
            <translation>Päätä palvelu…</translation>
        </message>
        <message>
            <source>&amp;Contact log</source>
            <translation>Yhtey&amp;denpito</translation>
        </message>
        <message>
            <source>Phase history</source>
            <translation>Vaihehistoria</translation>
        </message>
        <message>
            <source>Hist&amp;ory</source>
            <translation>&amp;Historia</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Tallentamattomia muutoksia</translation>
        </message>
        <message>
            <source>You have changed %1's information. Save the changes?</source>
            <translation>Olet muuttanut asiakkaan %1 tietoja. Tallennetaanko muutokset?</translation>
        </message>
        <message>
            <source>Service ended %1 (%2)</source>
            <translation>Palvelu päättyi %1 (%2)</translation>
        </message>
        <message>
            <source>Re-open…</source>
            <translation>Aloita palvelu uudelleen…</translation>
        </message>
        <message numerus="yes">
            <source>Phase: %1, since %2 (%n day(s))</source>
            <translation>
                <numerusform>Vaihe: %1, %2 alkaen (%n päivä)</numerusform>
                <numerusform>Vaihe: %1, %2 alkaen (%n päivää)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>First face-to-face employer contact %1, %n day(s) after the agreement.</source>
            <translation>
                <numerusform>Ensimmäinen kasvokkainen tapaaminen työnantajan kanssa %1, %n päivä sopimuksen jälkeen.</numerusform>
                <numerusform>Ensimmäinen kasvokkainen tapaaminen työnantajan kanssa %1, %n päivää sopimuksen jälkeen.</numerusform>
            </translation>
        </message>
        <message>
            <source>No cooperation agreement date yet.</source>
            <translation>Yhteistyösopimuksen päivämäärää ei ole vielä kirjattu.</translation>
        </message>
        <message>
            <source>%1 days since the agreement; no face-to-face employer contact yet (target: within %2 days).</source>
            <translation>Sopimuksesta on kulunut %1 päivää, eikä kasvokkaista tapaamista työnantajan kanssa ole vielä ollut (tavoite: %2 päivän kuluessa).</translation>
        </message>
        <message>
            <source>%1 so far; usually %2–%3</source>
            <translation>tähän mennessä %1, yleensä %2–%3</translation>
        </message>
        <message>
            <source>Service ended</source>
            <translation>Palvelu päättynyt</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Passphrase: </source>
            <translation>Salalause: </translation>
        </message>
        <message>
            <source>No passphrase: use --passphrase-file FILE or run the command in a terminal.</source>
            <translation>Salalause puuttuu: käytä valitsinta --passphrase-file TIEDOSTO tai aja komento päätteessä.</translation>
        </message>
        <message>
            <source>%1 is a folder; give a file name.</source>
            <translation>%1 on kansio; anna tiedoston nimi.</translation>
        </message>
        <message>
            <source>Cannot write %1: the folder %2 does not exist.</source>
            <translation>Tiedostoa %1 ei voi kirjoittaa: kansiota %2 ei ole.</translation>
        </message>
        <message>
            <source>Cannot write %1: permission denied.</source>
            <translation>Tiedostoa %1 ei voi kirjoittaa: ei oikeutta.</translation>
        </message>
        <message>
            <source>Cannot write %1 (%2).</source>
            <translation>Tiedostoa %1 ei voi kirjoittaa (%2).</translation>
        </message>
        <message>
            <source>--version must be 1 or more.</source>
            <translation>--version on oltava 1 tai suurempi.</translation>
        </message>
        <message>
            <source>There is no client %1.</source>
            <translation>Asiakasta %1 ei ole.</translation>
        </message>
        <message>
            <source>Client %1 has no action plan version %2.</source>
            <translation>Asiakkaalla %1 ei ole toimintasuunnitelman versiota %2.</translation>
        </message>
        <message>
            <source>Client %1 has no action plan yet.</source>
            <translation>Asiakkaalla %1 ei ole vielä toimintasuunnitelmaa.</translation>
        </message>
        <message>
            <source>Action plan v%1 written to %2</source>
            <translation>Toimintasuunnitelma v%1 kirjoitettu tiedostoon %2</translation>
        </message>
        <message>
            <source>--today: not a date (YYYY-MM-DD): %1</source>
            <translation>--today: ei ole päivämäärä (VVVV-KK-PP): %1</translation>
        </message>
        <message>
            <source>--week: %1 is not a week of the calendar; write an ISO week like 2026-W47 (a year has 52 or 53 weeks).</source>
            <translation>--week: %1 ei ole kalenterin viikko; kirjoita ISO-viikko muodossa 2026-W47 (vuodessa on 52 tai 53 viikkoa).</translation>
        </message>
        <message>
            <source>--week: give an ISO week (YYYY-Www, e.g. 2026-W47), or leave the option out</source>
            <translation>--week: anna ISO-viikko (VVVV-Wvv, esim. 2026-W47) tai jätä valitsin pois</translation>
        </message>
        <message>
            <source>Week %1 (%2 – %3)</source>
            <translation>Viikko %1 (%2 – %3)</translation>
        </message>
        <message>
            <source>Employer contacts: %1 / target %2 (%3)</source>
            <translation>Työnantajakontaktit: %1 / tavoite %2 (%3)</translation>
        </message>
        <message>
            <source>target met</source>
            <translation>tavoite saavutettu</translation>
        </message>
        <message>
            <source>target not met</source>
            <translation>tavoite ei täyty</translation>
        </message>
        <message>
            <source>face-to-face: %1</source>
            <translation>kasvokkain: %1</translation>
        </message>
        <message>
            <source>other: %1</source>
            <translation>muut: %1</translation>
        </message>
        <message>
            <source>Due as of %1: %2</source>
            <translation>Ajankohtaista %1: %2</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>MYÖHÄSSÄ</translation>
        </message>
        <message>
            <source>due</source>
            <translation>tulossa</translation>
        </message>
        <message>
            <source>Backup written: %1</source>
            <translation>Varmuuskopio kirjoitettu: %1</translation>
        </message>
        <message>
            <source>%1 exists; it was not overwritten.</source>
            <translation>%1 on jo olemassa; sitä ei korvattu.</translation>
        </message>
        <message>
            <source>There is no backup file %1.</source>
            <translation>Varmuuskopiotiedostoa %1 ei ole.</translation>
        </message>
        <message>
            <source>Restored %1.</source>
            <translation>Palautettu: %1.</translation>
        </message>
        <message>
            <source>The store as it was is kept as %1.</source>
            <translation>Tietokanta sellaisena kuin se oli on tallessa nimellä %1.</translation>
        </message>
        <message>
            <source>PROBLEM %1</source>
            <translation>ONGELMA %1</translation>
        </message>
        <message>
            <source>The store is healthy.</source>
            <translation>Tietokanta on kunnossa.</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Uusi salalause: </translation>
        </message>
        <message>
            <source>New passphrase again: </source>
            <translation>Uusi salalause uudelleen: </translation>
        </message>
        <message>
            <source>Current passphrase: </source>
            <translation>Nykyinen salalause: </translation>
        </message>
        <message>
            <source>No new passphrase: use --new-passphrase-file FILE or run in a terminal.</source>
            <translation>Uusi salalause puuttuu: käytä valitsinta --new-passphrase-file TIEDOSTO tai aja komento päätteessä.</translation>
        </message>
        <message>
            <source>The two new passphrases differ; nothing was changed.</source>
            <translation>Uudet salalauseet eivät ole samat; mitään ei muutettu.</translation>
        </message>
        <message>
            <source>Passphrase changed. The recovery key still works.</source>
            <translation>Salalause vaihdettu. Palautusavain toimii edelleen.</translation>
        </message>
        <message>
            <source>Store created in %1.</source>
            <translation>Tietokanta luotu kansioon %1.</translation>
        </message>
        <message>
            <source>Recovery key written to %1.</source>
            <translation>Palautusavain kirjoitettu tiedostoon %1.</translation>
        </message>
        <message>
            <source>Recovery key (keep it in a safe place, it also unlocks the store): %1</source>
            <translation>Palautusavain (säilytä se turvallisessa paikassa, sillä avautuu myös tietokanta): %1</translation>
        </message>
    </context>
    <context>
        <name>ConsentParty</name>
        <message>
            <source>Care team</source>
            <translation>Hoitotiimi</translation>
        </message>
        <message>
            <source>Employment services</source>
            <translation>Työllisyyspalvelut</translation>
        </message>
        <message>
            <source>Kela</source>
            <translation>Kela</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Työnantaja</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Läheiset</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Muu</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Contact person</source>
            <translation>Yhteyshenkilö</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Asiakkaat</translation>
        </message>
    </context>
    <context>
        <name>ContactMode</name>
        <message>
            <source>Face-to-face</source>
            <translation>Kasvokkain</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Puhelin</translation>
        </message>
        <message>
            <source>E-mail / other</source>
            <translation>Sähköposti / muu</translation>
        </message>
    </context>
    <context>
        <name>ContactPurpose</name>
        <message>
            <source>Getting to know the employer's needs</source>
            <translation>Työnantajan tarpeisiin tutustuminen</translation>
        </message>
        <message>
            <source>Presenting a job seeker</source>
            <translation>Työnhakijan esittely</translation>
        </message>
        <message>
            <source>Job development / carving</source>
            <translation>Työn muokkaaminen / työtehtävien räätälöinti</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seuranta</translation>
        </message>
    </context>
    <context>
        <name>ContactTable</name>
        <message>
            <source>Edit…</source>
            <translation>Muokkaa…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Poista</translation>
        </message>
        <message>
            <source>Delete the contact with %1 on %2? This cannot be undone.</source>
            <translation>Poistetaanko kontakti (%1, %2)? Tätä ei voi perua.</translation>
        </message>
        <message>
            <source>Delete employer contact</source>
            <translation>Poista työnantajakontakti</translation>
        </message>
    </context>
    <context>
        <name>ContactTableModel</name>
        <message>
            <source>Date</source>
            <translation>Päivämäärä</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Työnantaja</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Yhteyshenkilö</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Tapa</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Tarkoitus</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Asiakkaat</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>Seuraava yhteydenotto</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Yleinen</translation>
        </message>
    </context>
    <context>
        <name>ContactWith</name>
        <message>
            <source>Client</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Care team</source>
            <translation>Hoitotiimi</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Läheiset</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Muu</translation>
        </message>
    </context>
    <context>
        <name>Due</name>
        <message>
            <source>First face-to-face employer contact</source>
            <translation>Ensimmäinen kasvokkainen työnantajatapaaminen</translation>
        </message>
        <message>
            <source>Follow-along contact after job start</source>
            <translation>Yhteydenotto työn alettua</translation>
        </message>
        <message>
            <source>Weekly follow-along contact</source>
            <translation>Viikoittainen seurantayhteydenotto</translation>
        </message>
        <message>
            <source>Monthly follow-along contact</source>
            <translation>Kuukausittainen seurantayhteydenotto</translation>
        </message>
        <message>
            <source>Contact after the job ended</source>
            <translation>Yhteydenotto työsuhteen päätyttyä</translation>
        </message>
        <message>
            <source>Action plan review</source>
            <translation>Toimintasuunnitelman tarkistus</translation>
        </message>
        <message>
            <source>Follow-up promised to the employer</source>
            <translation>Työnantajalle luvattu yhteydenotto</translation>
        </message>
        <message>
            <source>No contact for a long time</source>
            <translation>Ei yhteydenpitoa pitkään aikaan</translation>
        </message>
    </context>
    <context>
        <name>DueModel</name>
        <message>
            <source>Due</source>
            <translation>Määräpäivä</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Mitä</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kuka</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (myöhässä)</translation>
        </message>
    </context>
    <context>
        <name>EmployerListModel</name>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kunta</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Toimiala</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontaktit</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Viimeisin kontakti</translation>
        </message>
    </context>
    <context>
        <name>Employers</name>
        <message>
            <source>A business ID is written 1234567-8.</source>
            <translation>Y-tunnus kirjoitetaan muodossa 1234567-8.</translation>
        </message>
        <message>
            <source>The business ID's check digit does not match; check the number.</source>
            <translation>Y-tunnuksen tarkistusnumero ei täsmää; tarkista tunnus.</translation>
        </message>
        <message>
            <source>Choose an employer from the register.</source>
            <translation>Valitse työnantaja rekisteristä.</translation>
        </message>
        <message>
            <source>This contact person is not with the chosen employer.</source>
            <translation>Yhteyshenkilö ei kuulu valitulle työnantajalle.</translation>
        </message>
        <message>
            <source>A chosen client does not exist.</source>
            <translation>Jotakin valituista asiakkaista ei löydy.</translation>
        </message>
        <message>
            <source>Employer contacts</source>
            <translation>Työnantajakontaktit</translation>
        </message>
        <message>
            <source>Employer contact</source>
            <translation>Työnantajakontakti</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Päivämäärä</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Työnantaja</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Yhteydenottotapa</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Tarkoitus</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Tulos</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Jatkotoimet</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>Seuraava yhteydenotto</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>Yhteydenotto tehty</translation>
        </message>
        <message>
            <source>Employers</source>
            <translation>Työnantajat</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Business ID</source>
            <translation>Y-tunnus</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kunta</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Toimiala</translation>
        </message>
        <message>
            <source>Hiring needs</source>
            <translation>Rekrytointitarpeet</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Muistiinpanot</translation>
        </message>
        <message>
            <source>Contact persons</source>
            <translation>Yhteyshenkilöt</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Yhteyshenkilö</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rooli</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Puhelin</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Sähköposti</translation>
        </message>
        <message>
            <source>Not a valid e-mail address.</source>
            <translation>Sähköpostiosoite ei kelpaa.</translation>
        </message>
        <message>
            <source>Contacts or jobs are recorded with this employer; it cannot be removed.</source>
            <translation>Työnantajalle on kirjattu työnantajakontakteja tai työsuhteita, joten sitä ei voi poistaa.</translation>
        </message>
    </context>
    <context>
        <name>EmployersPage</name>
        <message>
            <source>Search by name, municipality, sector or ID</source>
            <translation>Hae nimellä, kunnalla, toimialalla tai Y-tunnuksella</translation>
        </message>
        <message>
            <source>New employer…</source>
            <translation>Uusi työnantaja…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Tallenna</translation>
        </message>
        <message>
            <source>Delete employer…</source>
            <translation>Poista työnantaja…</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>Yhteydenotto tehty</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontaktit</translation>
        </message>
        <message>
            <source>Employers</source>
            <translation>Työnantajat</translation>
        </message>
        <message>
            <source>Jobs and clients placed</source>
            <translation>Työsuhteet ja työllistyneet asiakkaat</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <source>Contacts (%1)</source>
            <translation>Kontaktit (%1)</translation>
        </message>
        <message>
            <source>Jobs (%1) and clients placed (%2)</source>
            <translation>Työsuhteet (%1) ja työllistyneet asiakkaat (%2)</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tallennettu.</translation>
        </message>
        <message>
            <source>Delete employer</source>
            <translation>Poista työnantaja</translation>
        </message>
        <message>
            <source>Delete %1 from the register?</source>
            <translation>Poistetaanko %1 rekisteristä?</translation>
        </message>
        <message>
            <source>New employer</source>
            <translation>Uusi työnantaja</translation>
        </message>
        <message>
            <source>&amp;Employers</source>
            <translation>Työ&amp;nantajat</translation>
        </message>
    </context>
    <context>
        <name>EndReason</name>
        <message>
            <source>Client's own choice</source>
            <translation>Asiakkaan oma valinta</translation>
        </message>
        <message>
            <source>Moved away</source>
            <translation>Muutto toiselle paikkakunnalle</translation>
        </message>
        <message>
            <source>Moved on to education</source>
            <translation>Siirtyminen opintoihin</translation>
        </message>
        <message>
            <source>Moved to another service</source>
            <translation>Siirtyminen toiseen palveluun</translation>
        </message>
        <message>
            <source>Support no longer needed</source>
            <translation>Tukea ei enää tarvita</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Muu syy</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase client %1</source>
            <translation>Poista asiakas %1 pysyvästi</translation>
        </message>
        <message>
            <source>You are about to erase %1 (%2).</source>
            <translation>Olet poistamassa pysyvästi asiakkaan %1 (%2).</translation>
        </message>
        <message>
            <source>If the client wants a copy of their data, export the full record before erasing.</source>
            <translation>Jos asiakas haluaa kopion tiedoistaan, vie kaikki tiedot ennen poistamista.</translation>
        </message>
        <message>
            <source>Type the client's code %1 to confirm:</source>
            <translation>Vahvista kirjoittamalla asiakkaan tunnus %1:</translation>
        </message>
        <message>
            <source>Erase for good</source>
            <translation>Poista pysyvästi</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The passphrase file %1 cannot be read (%2).</source>
            <translation>Salalausetiedostoa %1 ei voi lukea (%2).</translation>
        </message>
        <message>
            <source>The passphrase file %1 does not hold text (UTF-8); give a file whose first line is the passphrase.</source>
            <translation>Salalausetiedostossa %1 ei ole tekstiä (UTF-8); anna tiedosto, jonka ensimmäisellä rivillä on salalause.</translation>
        </message>
        <message>
            <source>The passphrase is too weak; nothing was changed.</source>
            <translation>Salalause on liian heikko; mitään ei muutettu.</translation>
        </message>
    </context>
    <context>
        <name>ExitCodes</name>
        <message>
            <source>done</source>
            <translation>valmis</translation>
        </message>
        <message>
            <source>an unexpected failure (a fault in ipsdesk: please report it)</source>
            <translation>odottamaton virhe (vika ipsdeskissä: ilmoita siitä)</translation>
        </message>
        <message>
            <source>wrong use: a bad option or value, an unreadable passphrase file</source>
            <translation>väärä käyttö: virheellinen valitsin tai arvo, lukukelvoton salalausetiedosto</translation>
        </message>
        <message>
            <source>the store cannot be used now: none there, in use, wrong passphrase, newer app, disk full, read-only folder (nothing was changed)</source>
            <translation>tietokantaa ei voi nyt käyttää: sitä ei ole, se on käytössä, väärä salalause, uudempi sovellus, levy täynnä tai kansio vain luku (mitään ei muutettu)</translation>
        </message>
        <message>
            <source>the store or the backup is damaged (nothing was changed)</source>
            <translation>tietokanta tai varmuuskopio on vioittunut (mitään ei muutettu)</translation>
        </message>
        <message>
            <source>no such client, plan or backup</source>
            <translation>asiakasta, suunnitelmaa tai varmuuskopiota ei ole</translation>
        </message>
        <message>
            <source>the output file cannot be written</source>
            <translation>tulostiedostoa ei voi kirjoittaa</translation>
        </message>
    </context>
    <context>
        <name>FileNames</name>
        <message>
            <source>action-plan</source>
            <translation>toimintasuunnitelma</translation>
        </message>
        <message>
            <source>access-log</source>
            <translation>käyttöloki</translation>
        </message>
        <message>
            <source>record</source>
            <translation>asiakastiedot</translation>
        </message>
    </context>
    <context>
        <name>FormWidget</name>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>pp.kk.vvvv</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>ipsdesk is locked</source>
            <translation>ipsdesk on lukittu</translation>
        </message>
        <message>
            <source>Client data is hidden. Type your passphrase to continue where you left off.</source>
            <translation>Asiakastiedot on piilotettu. Kirjoita salalauseesi, niin voit jatkaa siitä, mihin jäit.</translation>
        </message>
        <message>
            <source>Passphrase or recovery key</source>
            <translation>Salalause tai palautusavain</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Avaa lukitus</translation>
        </message>
        <message>
            <source>Wrong passphrase or recovery key.</source>
            <translation>Väärä salalause tai palautusavain.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>DEMO (invented data, not saved)</source>
            <translation>DEMO (kuvitteelliset tiedot, ei tallenneta)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tiedosto</translation>
        </message>
        <message>
            <source>&amp;New client…</source>
            <translation>&amp;Uusi asiakas…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Lopeta</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Siirry</translation>
        </message>
        <message>
            <source>&amp;Caseload</source>
            <translation>&amp;Asiakkaat</translation>
        </message>
        <message>
            <source>&amp;Search clients</source>
            <translation>&amp;Hae asiakasta</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Lukitse</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>T&amp;yökalut</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Ohje</translation>
        </message>
        <message>
            <source>&amp;About ipsdesk</source>
            <translation>&amp;Tietoja ipsdeskistä</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Uusi asiakas</translation>
        </message>
        <message>
            <source>About ipsdesk</source>
            <translation>Tietoja ipsdeskistä</translation>
        </message>
        <message>
            <source>ipsdesk %1
An offline workbench for IPS employment specialists.</source>
            <translation>ipsdesk %1
IPS-työhönvalmentajien työväline, joka toimii ilman verkkoyhteyttä.</translation>
        </message>
        <message>
            <source>Automatic backup failed; see the log.</source>
            <translation>Automaattinen varmuuskopiointi epäonnistui; katso tarkemmat tiedot lokista.</translation>
        </message>
        <message>
            <source>ipsdesk closed unexpectedly</source>
            <translation>ipsdesk sulkeutui odottamatta</translation>
        </message>
        <message>
            <source>ipsdesk closed unexpectedly last time. Everything you had saved is in the store. A crash report without client data was written to %1; IT support may ask for it.</source>
            <translation>ipsdesk sulkeutui edellisellä kerralla odottamatta. Kaikki tallentamasi tiedot ovat tallessa tietokannassa. Virheraportti ilman asiakastietoja on tallennettu: %1. IT-tuki voi pyytää sitä.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Set a new passphrase</source>
            <translation>Aseta uusi salalause</translation>
        </message>
        <message>
            <source>You unlocked ipsdesk with the recovery key. Choose a new passphrase now: a few unrelated words (at least 8 characters). The recovery key keeps working; put the recovery sheet back in its safe.</source>
            <translation>Avasit ipsdeskin palautusavaimella. Valitse nyt uusi salalause: muutama toisiinsa liittymätön sana (vähintään 8 merkkiä). Palautusavain toimii edelleen; palauta palautusarkki kassakaappiin.</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Vaihda salalause</translation>
        </message>
        <message>
            <source>Choose a new passphrase: a few unrelated words (at least 8 characters) are easy to remember and hard to guess. Your recovery key keeps working as before; keep the recovery sheet in its safe.</source>
            <translation>Valitse uusi salalause: muutama toisiinsa liittymätön sana (vähintään 8 merkkiä) on helppo muistaa ja vaikea arvata. Palautusavaimesi toimii kuten ennenkin; pidä palautusarkki tallessa kassakaapissa.</translation>
        </message>
        <message>
            <source>Current passphrase (or recovery key)</source>
            <translation>Nykyinen salalause (tai palautusavain)</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Uusi salalause</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>Uusi salalause uudelleen</translation>
        </message>
        <message>
            <source>At least 8 characters; several words are best.</source>
            <translation>Vähintään 8 merkkiä; useampi sana on paras.</translation>
        </message>
        <message>
            <source>Strong enough.</source>
            <translation>Riittävän vahva.</translation>
        </message>
        <message>
            <source>The current passphrase (or recovery key) is wrong. Nothing was changed.</source>
            <translation>Nykyinen salalause (tai palautusavain) on väärä. Mitään ei muutettu.</translation>
        </message>
    </context>
    <context>
        <name>Phase</name>
        <message>
            <source>Agreement</source>
            <translation>Sopiminen</translation>
        </message>
        <message>
            <source>Vocational profile</source>
            <translation>Ammatillinen profilointi</translation>
        </message>
        <message>
            <source>Job search</source>
            <translation>Työn etsintä</translation>
        </message>
        <message>
            <source>Employer work</source>
            <translation>Työskentely työnantajan kanssa</translation>
        </message>
        <message>
            <source>In-work support</source>
            <translation>Työsuhteen ylläpitämisen tuki</translation>
        </message>
    </context>
    <context>
        <name>Place</name>
        <message>
            <source>Clinic</source>
            <translation>Poliklinikka</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Koti</translation>
        </message>
        <message>
            <source>Workplace</source>
            <translation>Työpaikka</translation>
        </message>
        <message>
            <source>Elsewhere in the community</source>
            <translation>Muu paikka arkiympäristössä</translation>
        </message>
        <message>
            <source>Phone / remote</source>
            <translation>Puhelin / etäyhteys</translation>
        </message>
    </context>
    <context>
        <name>PlacedJobModel</name>
        <message>
            <source>Client</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Työ</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Alkoi</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Päättyi</translation>
        </message>
    </context>
    <context>
        <name>PlanDraft</name>
        <message>
            <source>Kinds of work: %1</source>
            <translation>Toivottu työ: %1</translation>
        </message>
        <message>
            <source>Working hours: %1</source>
            <translation>Työaika: %1</translation>
        </message>
        <message>
            <source>Where: %1</source>
            <translation>Missä: %1</translation>
        </message>
        <message>
            <source>Interests: %1</source>
            <translation>Kiinnostuksen kohteet: %1</translation>
        </message>
        <message>
            <source>Skills: %1</source>
            <translation>Osaaminen: %1</translation>
        </message>
        <message>
            <source>(consent given %1)</source>
            <translation>(suostumus annettu %1)</translation>
        </message>
        <message>
            <source>Done %1</source>
            <translation>Tehty %1</translation>
        </message>
        <message>
            <source>Planned %1</source>
            <translation>Suunniteltu %1</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Refresh from records</source>
            <extracomment>Fields that "Refresh from records" replaces (the goal and agreements are the client's).</extracomment>
            <translation>Päivitä tiedoista</translation>
        </message>
        <message>
            <source>Take strengths, wishes for work, information sharing and benefits counselling again from the profile, consents and counselling records.</source>
            <translation>Hae vahvuudet, työtoiveet, tietojen vaihto ja etuusneuvonta uudelleen profiilista, suostumuksista ja etuusneuvonnan merkinnöistä.</translation>
        </message>
        <message>
            <source>Plan date</source>
            <translation>Suunnitelman päivämäärä</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Toimenpiteet</translation>
        </message>
        <message>
            <source>Save version</source>
            <translation>Tallenna versio</translation>
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <source>Discard draft</source>
            <translation>Hylkää luonnos</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>pp.kk.vvvv</translation>
        </message>
        <message>
            <source>Step %1, %2: %3</source>
            <translation>Toimenpide %1, %2: %3</translation>
        </message>
        <message>
            <source>Not saved: check the fields marked in red.</source>
            <translation>Ei tallennettu: tarkista punaisella merkityt kentät.</translation>
        </message>
    </context>
    <context>
        <name>PlanPdf</name>
        <message>
            <source>Action plan</source>
            <translation>Toimintasuunnitelma</translation>
        </message>
        <message>
            <source>Action plan: %1</source>
            <translation>Toimintasuunnitelma: %1</translation>
        </message>
        <message>
            <source>Version %1, %2</source>
            <translation>Versio %1, %2</translation>
        </message>
        <message>
            <source>We have made this plan together. Each of us keeps a copy of it.</source>
            <translation>Olemme laatineet tämän suunnitelman yhdessä. Kumpikin saa siitä oman kappaleen.</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versio</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Päivämäärä</translation>
        </message>
        <message>
            <source>Employment specialist</source>
            <translation>IPS-työhönvalmentaja</translation>
        </message>
        <message>
            <source>My goal for work or study</source>
            <translation>Tavoitteeni työn tai opiskelun suhteen</translation>
        </message>
        <message>
            <source>My strengths</source>
            <translation>Vahvuuteni</translation>
        </message>
        <message>
            <source>My wishes for work</source>
            <translation>Toiveeni työn suhteen</translation>
        </message>
        <message>
            <source>Steps we have agreed on</source>
            <translation>Sovitut toimenpiteet</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Mitä</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kuka</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Mihin mennessä</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tilanne</translation>
        </message>
        <message>
            <source>No steps agreed yet.</source>
            <translation>Toimenpiteistä ei ole vielä sovittu.</translation>
        </message>
        <message>
            <source>Support agreed</source>
            <translation>Sovittu tuki</translation>
        </message>
        <message>
            <source>How often we meet</source>
            <translation>Kuinka usein tapaamme</translation>
        </message>
        <message>
            <source>Sharing information (as in my consent)</source>
            <translation>Tietojen vaihtaminen (suostumukseni mukaan)</translation>
        </message>
        <message>
            <source>Benefits counselling</source>
            <translation>Etuusneuvonta</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Seuraava tarkistus</translation>
        </message>
        <message>
            <source>We will review this plan together on %1.</source>
            <translation>Tarkistamme suunnitelman yhdessä %1.</translation>
        </message>
        <message>
            <source>We will agree on the date of the next review later.</source>
            <translation>Seuraavan tarkistuksen ajankohdasta sovitaan myöhemmin.</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Allekirjoitukset</translation>
        </message>
        <message>
            <source>Place and date</source>
            <translation>Paikka ja päivämäärä</translation>
        </message>
        <message>
            <source>Signature and name in block letters</source>
            <translation>Allekirjoitus ja nimenselvennys</translation>
        </message>
        <message>
            <source>Page %1 / %2</source>
            <translation>Sivu %1 / %2</translation>
        </message>
    </context>
    <context>
        <name>PlanSteps</name>
        <message>
            <source>What</source>
            <translation>Mitä</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kuka</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Mihin mennessä</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tilanne</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (myöhässä)</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>pp.kk.vvvv</translation>
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message>
            <source>&amp;Version:</source>
            <translation>&amp;Versio:</translation>
        </message>
        <message>
            <source>&amp;New version / review…</source>
            <translation>&amp;Uusi versio / tarkistus…</translation>
        </message>
        <message>
            <source>Ctrl+R</source>
            <translation>Ctrl+R</translation>
        </message>
        <message>
            <source>Document &amp;language:</source>
            <translation>Asiakirjan &amp;kieli:</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>Tallenna &amp;PDF-tiedostoksi…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Tu&amp;losta…</translation>
        </message>
        <message>
            <source>Ctrl+P</source>
            <translation>Ctrl+P</translation>
        </message>
        <message>
            <source>What changed since the previous version</source>
            <translation>Mikä muuttui edellisestä versiosta</translation>
        </message>
        <message>
            <source>No action plan yet. Draw up the first plan with the client: New version / review (Ctrl+R).</source>
            <translation>Toimintasuunnitelmaa ei vielä ole. Laadi ensimmäinen suunnitelma yhdessä asiakkaan kanssa: Uusi versio / tarkistus (Ctrl+R).</translation>
        </message>
        <message>
            <source>v%1 — %2</source>
            <translation>v%1 — %2</translation>
        </message>
        <message>
            <source>Plan review overdue since %1</source>
            <translation>Suunnitelman tarkistus myöhässä %1 alkaen</translation>
        </message>
        <message>
            <source>Next plan review: %1</source>
            <translation>Seuraava tarkistus: %1</translation>
        </message>
        <message>
            <source>(%1-month review)</source>
            <translation>(%1 kuukauden tarkistus)</translation>
        </message>
        <message>
            <source>Review: version %1 (from version %2)</source>
            <translation>Tarkistus: versio %1 (versiosta %2)</translation>
        </message>
        <message>
            <source>First action plan (version 1)</source>
            <translation>Ensimmäinen toimintasuunnitelma (versio 1)</translation>
        </message>
        <message>
            <source>Saved as version %1.</source>
            <translation>Tallennettu versiona %1.</translation>
        </message>
        <message>
            <source>Discard draft</source>
            <translation>Hylkää luonnos</translation>
        </message>
        <message>
            <source>Discard the changes made to this draft?</source>
            <translation>Hylätäänkö luonnokseen tehdyt muutokset?</translation>
        </message>
        <message>
            <source>Save the action plan as PDF</source>
            <translation>Tallenna toimintasuunnitelma PDF-tiedostoksi</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-asiakirjat (*.pdf)</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Tallenna PDF-tiedostoksi</translation>
        </message>
        <message>
            <source>The plan could not be saved: %1</source>
            <translation>Suunnitelmaa ei voitu tallentaa: %1</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Tallennettu: %1</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Toimintasuunnitelma</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Tulosta</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>Tulostinta ei voitu käynnistää.</translation>
        </message>
        <message numerus="yes">
            <source>Sent to the printer: %n page(s).</source>
            <translation>
                <numerusform>Lähetetty tulostimelle: %n sivu.</numerusform>
                <numerusform>Lähetetty tulostimelle: %n sivua.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Action plan</source>
            <translation>Toi&amp;mintasuunnitelma</translation>
        </message>
    </context>
    <context>
        <name>PlanView</name>
        <message>
            <source>by %1</source>
            <translation>%1 mennessä</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>myöhässä</translation>
        </message>
        <message>
            <source>Version %1, %2</source>
            <translation>Versio %1, %2</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Toimenpiteet</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Mitä</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kuka</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Mihin mennessä</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tilanne</translation>
        </message>
        <message>
            <source>No steps agreed yet.</source>
            <translation>Toimenpiteistä ei ole vielä sovittu.</translation>
        </message>
        <message>
            <source>Not agreed yet</source>
            <translation>Ei vielä sovittu</translation>
        </message>
        <message>
            <source>status %1 → %2</source>
            <translation>tilanne %1 → %2</translation>
        </message>
        <message>
            <source>who %1 → %2</source>
            <translation>kuka %1 → %2</translation>
        </message>
        <message>
            <source>by when %1 → %2</source>
            <translation>mihin mennessä %1 → %2</translation>
        </message>
        <message>
            <source>This is the first version of the plan.</source>
            <translation>Tämä on suunnitelman ensimmäinen versio.</translation>
        </message>
        <message>
            <source>Changes since version %1</source>
            <translation>Muutokset versioon %1 verrattuna</translation>
        </message>
        <message>
            <source>Nothing changed: the plan was reviewed as it was.</source>
            <translation>Ei muutoksia: suunnitelma tarkistettiin sellaisenaan.</translation>
        </message>
        <message>
            <source>Was:</source>
            <translation>Oli:</translation>
        </message>
        <message>
            <source>Now:</source>
            <translation>Nyt:</translation>
        </message>
        <message>
            <source>Steps added</source>
            <translation>Lisätyt toimenpiteet</translation>
        </message>
        <message>
            <source>Steps removed</source>
            <translation>Poistetut toimenpiteet</translation>
        </message>
        <message>
            <source>Steps changed</source>
            <translation>Muuttuneet toimenpiteet</translation>
        </message>
    </context>
    <context>
        <name>PrivacyTab</name>
        <message>
            <source>The client has the right to know who has used their data (Act 703/2023) and to get everything stored about them (GDPR). Exported files are not encrypted: hand them to the client and delete your own copy.</source>
            <translation>Asiakkaalla on oikeus tietää, kuka on käyttänyt hänen tietojaan (laki 703/2023), ja saada kaikki hänestä tallennetut tiedot (tietosuoja-asetus). Viedyt tiedostot eivät ole salattuja: anna ne asiakkaalle ja poista oma kopiosi.</translation>
        </message>
        <message>
            <source>Export access &amp;log (PDF/CSV)…</source>
            <translation>Vie &amp;käyttöloki (PDF/CSV)…</translation>
        </message>
        <message>
            <source>Export full &amp;record (PDF + JSON)…</source>
            <translation>Vie kaikki ti&amp;edot (PDF + JSON)…</translation>
        </message>
        <message>
            <source>&amp;Erase client…</source>
            <translation>&amp;Poista asiakas pysyvästi…</translation>
        </message>
        <message>
            <source>Access log</source>
            <translation>Tietojen käyttöloki</translation>
        </message>
        <message>
            <source>Export access log</source>
            <translation>Vie käyttöloki</translation>
        </message>
        <message>
            <source>PDF document (*.pdf);;CSV table (*.csv)</source>
            <translation>PDF-asiakirja (*.pdf);;CSV-taulukko (*.csv)</translation>
        </message>
        <message>
            <source>Export full record (a PDF and a JSON file)</source>
            <translation>Vie kaikki tiedot (PDF- ja JSON-tiedosto)</translation>
        </message>
        <message>
            <source>PDF document, with a JSON file beside it (*.pdf)</source>
            <translation>PDF-asiakirja ja sen vieressä JSON-tiedosto (*.pdf)</translation>
        </message>
        <message>
            <source>Replace file?</source>
            <translation>Korvataanko tiedosto?</translation>
        </message>
        <message>
            <source>%1 exists already. Replace it?</source>
            <translation>%1 on jo olemassa. Korvataanko se?</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Vienti epäonnistui</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Kirjoitettu: %1</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>Viedään tiedostoon</translation>
        </message>
        <message>
            <source>%1 could not be written (%2). Choose another folder; nothing was exported.</source>
            <translation>Tiedostoa %1 ei voitu kirjoittaa (%2). Valitse toinen kansio; mitään ei viety.</translation>
        </message>
        <message>
            <source>Client %1 was erased.</source>
            <translation>Asiakas %1 poistettiin pysyvästi.</translation>
        </message>
        <message>
            <source>Pr&amp;ivacy</source>
            <translation>Tietosuo&amp;ja</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Kansio:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Tiedosto&amp;tyyppi:</translation>
        </message>
    </context>
    <context>
        <name>QuickLog</name>
        <message>
            <source>&amp;Log employer contact…</source>
            <translation>&amp;Kirjaa työnantajakontakti…</translation>
        </message>
    </context>
    <context>
        <name>QuickLogDialog</name>
        <message>
            <source>Log employer contact</source>
            <translation>Kirjaa työnantajakontakti</translation>
        </message>
        <message>
            <source>Employer's name</source>
            <translation>Työnantajan nimi</translation>
        </message>
        <message>
            <source>Similar employers</source>
            <translation>Samankaltaiset työnantajat</translation>
        </message>
        <message>
            <source>Create a new employer</source>
            <translation>Luo uusi työnantaja</translation>
        </message>
        <message>
            <source>&amp;Employer</source>
            <translation>&amp;Työnantaja</translation>
        </message>
        <message>
            <source>&amp;Mode</source>
            <translation>T&amp;apa</translation>
        </message>
        <message>
            <source>&amp;Client (optional)</source>
            <translation>A&amp;siakas (valinnainen)</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Päivämäärä</translation>
        </message>
        <message>
            <source>Enter saves. Type the first letter to choose the mode.</source>
            <translation>Enter tallentaa. Valitse tapa kirjoittamalla sen ensimmäinen kirjain.</translation>
        </message>
        <message>
            <source>“%1” is not in the register. Similar employers: pick one with ↓ and Enter, or tick the box (or press Enter in the name field) to create a new employer.</source>
            <translation>”%1” ei ole rekisterissä. Samankaltaiset työnantajat: valitse yksi ↓- ja Enter-näppäimillä, tai rastita ruutu (tai paina Enter nimikentässä) luodaksesi uuden työnantajan.</translation>
        </message>
        <message>
            <source>New employer: “%1” will be created. Press Enter again to confirm.</source>
            <translation>Uusi työnantaja: ”%1” luodaan. Vahvista painamalla Enter uudelleen.</translation>
        </message>
        <message>
            <source>&amp;New employer: create “%1”</source>
            <translation>&amp;Uusi työnantaja: luo ”%1”</translation>
        </message>
        <message>
            <source>Choose a client from the list.</source>
            <translation>Valitse asiakas luettelosta.</translation>
        </message>
        <message>
            <source>Type the employer's name.</source>
            <translation>Kirjoita työnantajan nimi.</translation>
        </message>
        <message>
            <source>Employer contact saved: %1, %2</source>
            <translation>Työnantajakontakti tallennettu: %1, %2</translation>
        </message>
    </context>
    <context>
        <name>RecordList</name>
        <message>
            <source>Add…</source>
            <translation>Lisää…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Muokkaa…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Poista</translation>
        </message>
        <message>
            <source>Delete the selected entry? This cannot be undone.</source>
            <translation>Poistetaanko valittu merkintä? Poistoa ei voi perua.</translation>
        </message>
    </context>
    <context>
        <name>RecordPdf</name>
        <message>
            <source>Yes</source>
            <translation>Kyllä</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Ei</translation>
        </message>
        <message>
            <source>Client code</source>
            <translation>Asiakastunnus</translation>
        </message>
        <message>
            <source>In the current phase since</source>
            <translation>Nykyisessä vaiheessa alkaen</translation>
        </message>
        <message>
            <source>Service status</source>
            <translation>Palvelun tilanne</translation>
        </message>
        <message>
            <source>Service ended on</source>
            <translation>Palvelu päättyi</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Kirjattu</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Viimeksi muutettu</translation>
        </message>
        <message>
            <source>From phase</source>
            <translation>Edellinen vaihe</translation>
        </message>
        <message>
            <source>To phase</source>
            <translation>Uusi vaihe</translation>
        </message>
        <message>
            <source>Action plan version</source>
            <translation>Toimintasuunnitelman versio</translation>
        </message>
        <message>
            <source>Step number</source>
            <translation>Toimenpiteen numero</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Ajankohta</translation>
        </message>
    </context>
    <context>
        <name>RecordTableModel</name>
        <message>
            <source>Yes</source>
            <translation>Kyllä</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Ei</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>Consent to information exchange</source>
            <translation>Suostumus tietojen vaihtoon</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Suostumus</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Osapuoli</translation>
        </message>
        <message>
            <source>Party in detail</source>
            <translation>Osapuoli tarkemmin</translation>
        </message>
        <message>
            <source>What may be shared</source>
            <translation>Mitä tietoja saa vaihtaa</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Annettu</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>Peruttu</translation>
        </message>
        <message>
            <source>Benefits counselling</source>
            <translation>Etuusneuvonta</translation>
        </message>
        <message>
            <source>Benefits counselling session</source>
            <translation>Etuusneuvontakerta</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Päivämäärä</translation>
        </message>
        <message>
            <source>By whom</source>
            <translation>Neuvonnan antaja</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Käsitellyt asiat</translation>
        </message>
        <message>
            <source>Disclosure discussions</source>
            <translation>Keskustelut sairaudesta kertomisesta</translation>
        </message>
        <message>
            <source>Disclosure discussion</source>
            <translation>Keskustelu sairaudesta kertomisesta</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Muistiinpanot</translation>
        </message>
        <message>
            <source>Profile meetings</source>
            <translation>Profilointitapaamiset</translation>
        </message>
        <message>
            <source>Profile meeting</source>
            <translation>Profilointitapaaminen</translation>
        </message>
        <message>
            <source>Work history</source>
            <translation>Työhistoria</translation>
        </message>
        <message>
            <source>Work history entry</source>
            <translation>Aiempi työ</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Työnantaja</translation>
        </message>
        <message>
            <source>Title or tasks</source>
            <translation>Nimike tai työtehtävät</translation>
        </message>
        <message>
            <source>From (year)</source>
            <translation>Vuodesta</translation>
        </message>
        <message>
            <source>To (year)</source>
            <translation>Vuoteen</translation>
        </message>
        <message>
            <source>Job leads</source>
            <translation>Työpaikkavihjeet</translation>
        </message>
        <message>
            <source>Job lead</source>
            <translation>Työpaikkavihje</translation>
        </message>
        <message>
            <source>Noted on</source>
            <translation>Kirjattu</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Vihje</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tilanne</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Avoin</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Haettu</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Suljettu</translation>
        </message>
        <message>
            <source>Supports agreed with employers</source>
            <translation>Työnantajien kanssa sovitut tuet</translation>
        </message>
        <message>
            <source>Support agreed with employer</source>
            <translation>Työnantajan kanssa sovittu tuki</translation>
        </message>
        <message>
            <source>Support (e.g. wage subsidy)</source>
            <translation>Tuki (esim. palkkatuki)</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Kuvaus</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Alkupäivä</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Loppupäivä</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Työsuhteet</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Työsuhde</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Tehtävänimike</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Alkamispäivä</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Päättymispäivä</translation>
        </message>
        <message>
            <source>Hours per week</source>
            <translation>Tunteja viikossa</translation>
        </message>
        <message>
            <source>Open labour market</source>
            <translation>Avoimet työmarkkinat</translation>
        </message>
        <message>
            <source>Wage subsidy</source>
            <translation>Palkkatuki</translation>
        </message>
        <message>
            <source>End reason</source>
            <translation>Päättymisen syy</translation>
        </message>
        <message>
            <source>Contact log</source>
            <translation>Yhteydenpito</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Yhteydenotto</translation>
        </message>
        <message>
            <source>With whom</source>
            <translation>Kenen kanssa</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Missä</translation>
        </message>
        <message>
            <source>Note (employment only)</source>
            <translation>Muistiinpano (vain työllistymiseen liittyvää)</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Puhelin</translation>
        </message>
        <message>
            <source>Language of documents</source>
            <translation>Asiakirjojen kieli</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>Suomi</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Ruotsi</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Englanti</translation>
        </message>
        <message>
            <source>Referral date</source>
            <translation>Palveluun ohjattu</translation>
        </message>
        <message>
            <source>Referred by (care team)</source>
            <translation>Ohjaava taho (hoitotiimi)</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Yhteyshenkilö</translation>
        </message>
        <message>
            <source>Cooperation agreement date</source>
            <translation>Yhteistyösopimuksen päivämäärä</translation>
        </message>
        <message>
            <source>Severe mental illness</source>
            <translation>Vakava mielenterveyden häiriö</translation>
        </message>
        <message>
            <source>Vocational profile</source>
            <translation>Ammatillinen profiili</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Koulutus</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Osaaminen</translation>
        </message>
        <message>
            <source>Strengths and resources</source>
            <translation>Vahvuudet ja voimavarat</translation>
        </message>
        <message>
            <source>Interests</source>
            <translation>Kiinnostuksen kohteet</translation>
        </message>
        <message>
            <source>Preferred job types</source>
            <translation>Toivotut työt</translation>
        </message>
        <message>
            <source>Preferred hours</source>
            <translation>Toivottu työaika</translation>
        </message>
        <message>
            <source>Preferred location</source>
            <translation>Toivottu sijainti</translation>
        </message>
        <message>
            <source>Support needs</source>
            <translation>Tuen tarpeet</translation>
        </message>
        <message>
            <source>Goals for work</source>
            <translation>Työllistymisen tavoitteet</translation>
        </message>
        <message>
            <source>What the client wants said to employers</source>
            <translation>Mitä asiakas haluaa työnantajille kerrottavan</translation>
        </message>
        <message>
            <source>Job goals</source>
            <translation>Työnhaun tavoitteet</translation>
        </message>
        <message>
            <source>Job development and carving notes</source>
            <translation>Muistiinpanot työn muokkaamisesta ja työtehtävien räätälöinnistä</translation>
        </message>
        <message>
            <source>Move to another phase</source>
            <translation>Siirto toiseen vaiheeseen</translation>
        </message>
        <message>
            <source>New phase</source>
            <translation>Uusi vaihe</translation>
        </message>
        <message>
            <source>Reason (optional)</source>
            <translation>Syy (valinnainen)</translation>
        </message>
        <message>
            <source>End the service</source>
            <translation>Palvelun päättäminen</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Syy</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Lisätieto (valinnainen)</translation>
        </message>
        <message>
            <source>Re-open the service</source>
            <translation>Palvelun aloittaminen uudelleen</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Vaihe</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Your recovery key</source>
            <translation>Palautusavaimesi</translation>
        </message>
        <message>
            <source>This recovery key also unlocks your store if you forget the passphrase. Save or print the recovery sheet now and give it to your team leader or IT for their safe. It is shown only once.</source>
            <translation>Tällä palautusavaimella voit avata tietokannan myös, jos unohdat salalauseen. Tallenna tai tulosta palautusarkki nyt ja anna se tiiminvetäjälle tai IT-tuelle säilytettäväksi kassakaappiin. Avain näytetään vain kerran.</translation>
        </message>
        <message>
            <source>Save recovery sheet (PDF)…</source>
            <translation>Tallenna palautusarkki (PDF)…</translation>
        </message>
        <message>
            <source>Save recovery sheet</source>
            <translation>Tallenna palautusarkki</translation>
        </message>
    </context>
    <context>
        <name>RecoverySheet</name>
        <message>
            <source>ipsdesk recovery sheet</source>
            <translation>ipsdeskin palautusarkki</translation>
        </message>
        <message>
            <source>This recovery key unlocks the encrypted ipsdesk store of %1 (%2) if the passphrase is forgotten. Keep this sheet in a locked safe of the team leader or IT. Anyone holding it together with the laptop can read the store.</source>
            <translation>Tällä palautusavaimella voi avata käyttäjän %1 (%2) salatun ipsdesk-tietokannan, jos salalause on unohtunut. Säilytä arkkia tiiminvetäjän tai IT-tuen lukitussa kassakaapissa. Kuka tahansa, jolla on sekä tämä arkki että kannettava tietokone, voi lukea tietokannan.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Palautusavain</translation>
        </message>
        <message>
            <source>Made on %1 in folder %2</source>
            <translation>Luotu %1 kansiossa %2</translation>
        </message>
        <message>
            <source>Page %1 / %2</source>
            <translation>Sivu %1 / %2</translation>
        </message>
        <message>
            <source>To use it, type the recovery key in the passphrase field of the unlock screen, then set a new passphrase.</source>
            <translation>Näin käytät avainta: kirjoita palautusavain lukituksen avausnäkymän salalausekenttään ja valitse sitten uusi salalause.</translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>You have %1 active clients; the IPS model recommends at most %2.</source>
            <translation>Sinulla on %1 aktiivista asiakasta; IPS-toimintamallin suositus on enintään %2.</translation>
        </message>
        <message>
            <source>You have %1 active clients; your limit is %2.</source>
            <translation>Sinulla on %1 aktiivista asiakasta; asettamasi yläraja on %2.</translation>
        </message>
        <message>
            <source>A job start is recorded but no benefits counselling before it. The client should get benefits counselling before each job start.</source>
            <translation>Uusi työsuhde on kirjattu alkaneeksi, mutta etuusneuvontaa ei ole kirjattu ennen sitä. Asiakkaan olisi hyvä saada etuusneuvontaa aina ennen uuden työn alkua.</translation>
        </message>
        <message>
            <source>Job search has begun but disclosure has not been discussed. Discuss disclosure before the job search, more than once; it is never required.</source>
            <translation>Työn etsintä on alkanut, mutta sairaudesta kertomisesta ei ole keskusteltu. Keskustelkaa siitä ennen työn etsintää ja useammin kuin kerran; sairaudesta ei koskaan ole pakko kertoa.</translation>
        </message>
        <message>
            <source>No vocational profile meeting yet, %1 days after the agreement. Profiling is usually done in 1-3 meetings within the first month.</source>
            <translation>Sopimuksesta on kulunut %1 päivää, eikä profilointitapaamisia ole vielä kirjattu. Ammatillinen profilointi tehdään yleensä 1–3 tapaamisessa ensimmäisen kuukauden aikana.</translation>
        </message>
        <message>
            <source>%1 profile meetings recorded; profiling is usually done in 1-3 meetings, after which employer contacts begin.</source>
            <translation>Profilointitapaamisia on kirjattu %1; profilointi tehdään yleensä 1–3 tapaamisessa, minkä jälkeen aloitetaan työnantajakontaktit.</translation>
        </message>
        <message>
            <source>%1 days since the agreement and no face-to-face employer contact yet; the target is within %2 days.</source>
            <translation>Sopimuksesta on kulunut %1 päivää, eikä kasvokkaista tapaamista työnantajan kanssa ole vielä ollut; tavoite on %2 päivän kuluessa.</translation>
        </message>
        <message>
            <source>A job starting %1 is recorded, but the client is in phase %2. Once the job has started, move them to in-work support (phase 5), where the follow-along reminders are.</source>
            <translation>Asiakkaalle on kirjattu %1 alkava työsuhde, mutta hän on vaiheessa %2. Kun työ on alkanut, siirrä hänet työsuhteen ylläpitämisen tukeen (vaihe 5), jossa ovat työssä tukemisen muistutukset.</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>ipsdesk closed unexpectedly last time. A crash report without any client data was saved in %1. Your saved work is in the store.</source>
            <translation>ipsdesk sulkeutui edellisellä kerralla odottamatta. Virheraportti ilman asiakastietoja on tallennettu: %1. Tallentamasi tiedot ovat tallessa tietokannassa.</translation>
        </message>
        <message>
            <source>Access log of client %1</source>
            <translation>Asiakkaan %1 tietojen käyttöloki</translation>
        </message>
        <message>
            <source>Every opening, change, export, printout and import of this client's data, as recorded by ipsdesk (Act 703/2023).</source>
            <translation>Kaikki ipsdeskin kirjaamat tämän asiakkaan tietojen avaamiset, muutokset, viennit, tulostukset ja tuonnit (laki 703/2023).</translation>
        </message>
        <message>
            <source>Everything stored about client %1</source>
            <translation>Kaikki asiakkaasta %1 tallennetut tiedot</translation>
        </message>
        <message>
            <source>A complete copy of the data ipsdesk keeps about this client, exported %1.</source>
            <translation>Täydellinen kopio tiedoista, jotka ipsdeskiin on tallennettu tästä asiakkaasta (viety %1).</translation>
        </message>
        <message>
            <source>Nothing recorded.</source>
            <translation>Ei merkintöjä.</translation>
        </message>
        <message>
            <source>Page %1 / %2</source>
            <translation>Sivu %1 / %2</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kuka</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Toimenpide</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Peruste</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Kohde</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Ajankohta</translation>
        </message>
        <message>
            <source>Basic details</source>
            <translation>Perustiedot</translation>
        </message>
        <message>
            <source>Phase history</source>
            <translation>Vaihehistoria</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Suostumukset</translation>
        </message>
        <message>
            <source>Benefits counselling</source>
            <translation>Etuusneuvonta</translation>
        </message>
        <message>
            <source>Disclosure discussions</source>
            <translation>Keskustelut sairaudesta kertomisesta</translation>
        </message>
        <message>
            <source>Vocational profile</source>
            <translation>Ammatillinen profiili</translation>
        </message>
        <message>
            <source>Profile meetings</source>
            <translation>Profilointitapaamiset</translation>
        </message>
        <message>
            <source>Work history</source>
            <translation>Työhistoria</translation>
        </message>
        <message>
            <source>Job leads</source>
            <translation>Työpaikkavihjeet</translation>
        </message>
        <message>
            <source>Employer contacts for the client</source>
            <translation>Asiakkaaseen liittyvät työnantajakontaktit</translation>
        </message>
        <message>
            <source>Employer support</source>
            <translation>Työnantajan kanssa sovitut tuet</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Työsuhteet</translation>
        </message>
        <message>
            <source>Contact log</source>
            <translation>Yhteydenpito</translation>
        </message>
        <message>
            <source>Action plans</source>
            <translation>Toimintasuunnitelmat</translation>
        </message>
        <message>
            <source>Action plan steps</source>
            <translation>Toimintasuunnitelmien toimenpiteet</translation>
        </message>
        <message>
            <source>Access log</source>
            <translation>Tietojen käyttöloki</translation>
        </message>
        <message>
            <source>Type the client's code exactly to confirm the erasure.</source>
            <translation>Vahvista poisto kirjoittamalla asiakkaan tunnus täsmälleen oikein.</translation>
        </message>
        <message>
            <source>Erasing removes this client and everything recorded about them for good. The access log keeps only that an erasure was made. Backups made before now still contain the client until they are thinned away.</source>
            <translation>Asiakas ja kaikki hänestä kirjatut tiedot poistetaan pysyvästi. Käyttölokiin jää vain tieto siitä, että poisto on tehty. Aiemmin tehdyissä varmuuskopioissa asiakkaan tiedot säilyvät, kunnes vanhat varmuuskopiot karsitaan.</translation>
        </message>
        <message>
            <source>This backup cannot be restored: it is damaged, belongs to another store, or was made by a newer ipsdesk. Nothing was changed.</source>
            <translation>Varmuuskopiota ei voi palauttaa: se on vioittunut, kuuluu toiseen tietokantaan tai on tehty ipsdeskin uudemmalla versiolla. Mitään ei muutettu.</translation>
        </message>
        <message>
            <source>Restoring failed. Your store was not replaced; a backup of it was made first.</source>
            <translation>Palautus epäonnistui. Tietokantaasi ei korvattu, ja siitä otettiin varmuuskopio ennen palautusyritystä.</translation>
        </message>
        <message>
            <source>The backup of %1 was restored.</source>
            <translation>Varmuuskopio (%1) palautettiin.</translation>
        </message>
        <message>
            <source>Your store as it was is kept as backup %1.</source>
            <translation>Tietokannan aiempi sisältö on tallessa varmuuskopiona %1.</translation>
        </message>
        <message>
            <source>ipsdesk is already running with this store (another window or another user session). Close it first; two programs must never write the same store.</source>
            <translation>ipsdesk on jo käynnissä tällä tietokannalla (toisessa ikkunassa tai toisen käyttäjän istunnossa). Sulje se ensin; kaksi ohjelmaa ei saa koskaan kirjoittaa samaan tietokantaan yhtä aikaa.</translation>
        </message>
        <message>
            <source>The disk is full. Nothing was saved and your store is intact. Free some space, then try again.</source>
            <translation>Levy on täynnä. Mitään ei tallennettu, ja tietokantasi on ehjä. Vapauta levytilaa ja yritä uudelleen.</translation>
        </message>
        <message>
            <source>The data folder cannot be written (it is read-only or you lack permission). Your store is intact; nothing was changed.</source>
            <translation>Tietokansioon ei voi kirjoittaa (se on kirjoitussuojattu tai sinulla ei ole siihen oikeuksia). Tietokantasi on ehjä; mitään ei muutettu.</translation>
        </message>
        <message>
            <source>The file could not be written (%1).</source>
            <translation>Tiedostoa ei voitu kirjoittaa (%1).</translation>
        </message>
        <message>
            <source>The action failed; nothing was changed. Details are in the app log.</source>
            <translation>Toiminto epäonnistui; mitään ei muutettu. Tiedot ovat sovelluksen lokissa.</translation>
        </message>
    </context>
    <context>
        <name>SafetyActions</name>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Varmuuskopioi nyt</translation>
        </message>
        <message>
            <source>Backups and &amp;restore…</source>
            <translation>Varmuuskopiot ja &amp;palautus…</translation>
        </message>
        <message>
            <source>Chec&amp;k store</source>
            <translation>&amp;Tarkista tietokanta</translation>
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>Vaihda &amp;salalause…</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Varmuuskopiointi epäonnistui</translation>
        </message>
        <message>
            <source>Backup written: %1</source>
            <translation>Varmuuskopio kirjoitettu: %1</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Palauta varmuuskopio</translation>
        </message>
        <message>
            <source>Restore the backup made %1?

Your store as it is now is backed up first (that backup is kept for at least 30 days), then replaced by this backup. Anything saved after %1 is only in that safety backup. ipsdesk then reopens the store and shows the restored data.</source>
            <translation>Palautetaanko %1 tehty varmuuskopio?

Tietokannan nykyinen tila varmuuskopioidaan ensin (se säilytetään vähintään 30 päivää), ja tietokanta korvataan sitten tällä varmuuskopiolla. Kaikki %1 jälkeen tallennettu on vain tuossa turvavarmuuskopiossa. Sen jälkeen ipsdesk avaa tietokannan uudelleen ja näyttää palautetut tiedot.</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>Palautus epäonnistui</translation>
        </message>
        <message>
            <source>The backup was restored but could not be opened (%1). Close ipsdesk; your store as it was is kept as backup %2.</source>
            <translation>Varmuuskopio palautettiin, mutta sitä ei voitu avata (%1). Sulje ipsdesk; tietokannan aiempi tila on tallessa varmuuskopiona %2.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Varmuuskopio palautettu</translation>
        </message>
        <message>
            <source>The check found problems</source>
            <translation>Tarkistus löysi ongelmia</translation>
        </message>
        <message>
            <source>The store is healthy</source>
            <translation>Tietokanta on kunnossa</translation>
        </message>
        <message>
            <source>The full check found no problems.

%1</source>
            <translation>Täydellinen tarkistus ei löytänyt ongelmia.

%1</translation>
        </message>
        <message>
            <source>Passphrase changed</source>
            <translation>Salalause vaihdettu</translation>
        </message>
        <message>
            <source>The passphrase is changed; use the new one from now on. The recovery key still works.</source>
            <translation>Salalause on vaihdettu; käytä tästä lähtien uutta. Palautusavain toimii edelleen.</translation>
        </message>
    </context>
    <context>
        <name>SavedForm</name>
        <message>
            <source>Save</source>
            <translation>Tallenna</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tallennettu.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Organisation name on documents</source>
            <translation>Organisaation nimi asiakirjoissa</translation>
        </message>
        <message>
            <source>Caseload limit</source>
            <translation>Asiakasmäärän yläraja</translation>
        </message>
        <message>
            <source>Employer contacts per week (target)</source>
            <translation>Työnantajakontakteja viikossa (tavoite)</translation>
        </message>
        <message>
            <source>Days to first face-to-face employer contact</source>
            <translation>Ensimmäinen kasvokkainen työnantajatapaaminen (päivää)</translation>
        </message>
        <message>
            <source>Warn when a client has had no contact for (days)</source>
            <translation>Varoita, jos asiakkaaseen ei ole ollut yhteyttä (päivää)</translation>
        </message>
        <message>
            <source>Lock after idle minutes</source>
            <translation>Lukitse, kun ohjelma on ollut käyttämättä (minuuttia)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Kieli</translation>
        </message>
    </context>
    <context>
        <name>SettingsAction</name>
        <message>
            <source>Settings saved.</source>
            <translation>Asetukset tallennettu.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Asetukset</translation>
        </message>
        <message>
            <source>These settings are kept in your encrypted store. A new language applies when ipsdesk is next started.</source>
            <translation>Asetukset säilytetään salatussa tietokannassasi. Uusi kieli tulee käyttöön, kun ipsdesk käynnistetään seuraavan kerran.</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Asetukset…</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Welcome to ipsdesk</source>
            <translation>Tervetuloa käyttämään ipsdeskiä</translation>
        </message>
        <message>
            <source>ipsdesk keeps your clients' data encrypted on this computer. Choose a passphrase: a few unrelated words (at least 8 characters) are easy to remember and hard to guess. You will also get a recovery key to keep in a safe.</source>
            <translation>ipsdesk säilyttää asiakkaidesi tiedot salattuina tällä tietokoneella. Valitse salalause: muutama toisiinsa liittymätön sana (vähintään 8 merkkiä) on helppo muistaa ja vaikea arvata. Saat myös palautusavaimen, joka säilytetään kassakaapissa.</translation>
        </message>
        <message>
            <source>Your name *</source>
            <translation>Nimesi *</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Tiimi</translation>
        </message>
        <message>
            <source>Passphrase *</source>
            <translation>Salalause *</translation>
        </message>
        <message>
            <source>Passphrase again *</source>
            <translation>Salalause uudelleen *</translation>
        </message>
        <message>
            <source>Write your name.</source>
            <translation>Kirjoita nimesi.</translation>
        </message>
        <message>
            <source>Type a passphrase.</source>
            <translation>Kirjoita salalause.</translation>
        </message>
        <message>
            <source>The passphrase must have at least 8 characters.</source>
            <translation>Salalauseessa on oltava vähintään 8 merkkiä.</translation>
        </message>
        <message>
            <source>The passphrase must not begin or end with a space.</source>
            <translation>Salalause ei saa alkaa eikä päättyä välilyöntiin.</translation>
        </message>
        <message>
            <source>The passphrase is too repetitive.</source>
            <translation>Salalauseessa on liikaa toistoa.</translation>
        </message>
        <message>
            <source>The passphrases differ.</source>
            <translation>Salalauseet eivät täsmää.</translation>
        </message>
        <message>
            <source>The store could not be created: %1</source>
            <translation>Tietokantaa ei voitu luoda: %1</translation>
        </message>
    </context>
    <context>
        <name>SimilarDialog</name>
        <message>
            <source>Similar employers</source>
            <translation>Samankaltaiset työnantajat</translation>
        </message>
        <message>
            <source>The register already has employers like “%1”. Is it one of these?</source>
            <translation>Rekisterissä on jo työnantajia, jotka muistuttavat nimeä ”%1”. Onko se jokin näistä?</translation>
        </message>
        <message>
            <source>Open the selected one</source>
            <translation>Avaa valittu</translation>
        </message>
        <message>
            <source>Create “%1” anyway</source>
            <translation>Luo ”%1” silti</translation>
        </message>
    </context>
    <context>
        <name>Sizes</name>
        <message>
            <source>%1 B</source>
            <translation>%1 t</translation>
        </message>
        <message>
            <source>%1 kB</source>
            <translation>%1 kt</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 Mt</translation>
        </message>
        <message>
            <source>%1 GB</source>
            <translation>%1 Gt</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Another fault; a report was written to %1.</source>
            <translation>Uusi virhe; raportti kirjoitettiin kansioon %1.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Jokin meni vikaan</translation>
        </message>
        <message>
            <source>Something went wrong in ipsdesk. What you had saved is in the store, and ipsdesk keeps running; if something looks wrong, close it and start it again. A report without client data was written to %1; IT support may ask for it.</source>
            <translation>ipsdeskissä meni jokin vikaan. Tallentamasi tiedot ovat tietokannassa, ja ipsdesk jatkaa toimintaansa; jos jokin näyttää väärältä, sulje sovellus ja käynnistä se uudelleen. Kansioon %1 kirjoitettiin raportti ilman asiakastietoja; IT-tuki voi pyytää sitä.</translation>
        </message>
        <message>
            <source>Building the demo store…</source>
            <translation>Luodaan esittelytietokantaa…</translation>
        </message>
        <message>
            <source>Opening the store…</source>
            <translation>Avataan tietokantaa…</translation>
        </message>
    </context>
    <context>
        <name>StepOwner</name>
        <message>
            <source>Client</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Employment specialist</source>
            <translation>Työhönvalmentaja</translation>
        </message>
        <message>
            <source>Together (client and specialist)</source>
            <translation>Yhdessä (asiakas ja työhönvalmentaja)</translation>
        </message>
        <message>
            <source>Care team</source>
            <translation>Hoitotiimi</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Työnantaja</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Muu</translation>
        </message>
    </context>
    <context>
        <name>StepStatus</name>
        <message>
            <source>Planned</source>
            <translation>Suunniteltu</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Käynnissä</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Tehty</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Ei enää ajankohtainen</translation>
        </message>
    </context>
    <context>
        <name>StepsEditor</name>
        <message>
            <source>Add step</source>
            <translation>Lisää toimenpide</translation>
        </message>
        <message>
            <source>Insert</source>
            <translation>Insert</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Poista toimenpide</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Siirrä ylös</translation>
        </message>
        <message>
            <source>Ctrl+Up</source>
            <translation>Ctrl+Up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Siirrä alas</translation>
        </message>
        <message>
            <source>Ctrl+Down</source>
            <translation>Ctrl+Down</translation>
        </message>
        <message>
            <source>Type or press F2 to edit a cell; Insert adds a step, Delete removes it.</source>
            <translation>Muokkaa solua kirjoittamalla tai F2-näppäimellä; Insert lisää toimenpiteen, Delete poistaa sen.</translation>
        </message>
    </context>
    <context>
        <name>StoreCheck</name>
        <message>
            <source>cannot open the file: %1</source>
            <translation>tiedostoa ei voi avata: %1</translation>
        </message>
        <message>
            <source>cannot read the store: %1</source>
            <translation>tietokantaa ei voi lukea: %1</translation>
        </message>
        <message>
            <source>tables: %1</source>
            <translation>tauluja: %1</translation>
        </message>
        <message>
            <source>integrity_check: ok</source>
            <translation>eheystarkistus: kunnossa</translation>
        </message>
        <message>
            <source>integrity: %1</source>
            <translation>eheysvirhe: %1</translation>
        </message>
        <message>
            <source>foreign_key_check: ok</source>
            <translation>viittausten tarkistus: kunnossa</translation>
        </message>
        <message>
            <source>foreign key: table %1 row %2 -&gt; %3</source>
            <translation>virheellinen viittaus: taulu %1, rivi %2 -&gt; %3</translation>
        </message>
        <message>
            <source>schema: %1 (newest known: %2)</source>
            <translation>tietokannan rakenneversio: %1 (uusin tunnettu: %2)</translation>
        </message>
        <message>
            <source>schema %1 is unknown to this ipsdesk (newer app?)</source>
            <translation>tämä ipsdesk ei tunne tietokannan rakenneversiota %1 (onko tietokanta tehty uudemmalla versiolla?)</translation>
        </message>
        <message>
            <source>The check found damage in the store. It was not changed. Restore the newest good backup (File → Backups and restore, or ipsdesk restore FILE; backups are in %1) or contact IT.</source>
            <translation>Tarkistus löysi tietokannasta vaurioita. Siihen ei tehty muutoksia. Palauta uusin ehjä varmuuskopio (Tiedosto → Varmuuskopiot ja palautus tai ipsdesk restore TIEDOSTO; varmuuskopiot ovat kansiossa %1) tai ota yhteyttä IT-tukeen.</translation>
        </message>
    </context>
    <context>
        <name>StoreErrors</name>
        <message>
            <source>ipsdesk could not start with this store (%1). A log without client data was written; IT support may ask for it.</source>
            <translation>ipsdesk ei voinut käynnistyä tällä tietokannalla (%1). Lokiin kirjattiin tiedot ilman asiakastietoja; IT-tuki voi pyytää sitä.</translation>
        </message>
        <message>
            <source>Wrong passphrase or recovery key. Nothing was changed.</source>
            <translation>Väärä salalause tai palautusavain. Mitään ei muutettu.</translation>
        </message>
        <message>
            <source>This store was saved by a newer version of ipsdesk. Update the app; the store was not changed.</source>
            <translation>Tietokanta on tallennettu ipsdeskin uudemmalla versiolla. Päivitä sovellus; tietokantaan ei tehty muutoksia.</translation>
        </message>
        <message>
            <source>There is no store in %1. Create one with 'ipsdesk init' or by starting the app.</source>
            <translation>Kansiossa %1 ei ole tietokantaa. Luo se komennolla 'ipsdesk init' tai käynnistämällä sovellus.</translation>
        </message>
        <message>
            <source>A store already exists in %1; it was not touched.</source>
            <translation>Kansiossa %1 on jo tietokanta; siihen ei koskettu.</translation>
        </message>
        <message>
            <source>%1 is a file, not a folder. Name the folder of the store (--data-dir); nothing was changed.</source>
            <translation>%1 on tiedosto eikä kansio. Anna tietokannan kansio (--data-dir); mitään ei muutettu.</translation>
        </message>
        <message>
            <source>The store is damaged and cannot be opened. It was not changed. Restore the newest good backup (ipsdesk restore FILE) or contact IT.</source>
            <translation>Tietokanta on vioittunut, eikä sitä voi avata. Siihen ei tehty muutoksia. Palauta uusin ehjä varmuuskopio (ipsdesk restore TIEDOSTO) tai ota yhteyttä IT-tukeen.</translation>
        </message>
        <message>
            <source>Updating the store to this version failed and was undone; the store is as it was.</source>
            <translation>Tietokannan päivitys tähän versioon epäonnistui ja peruttiin; tietokanta on ennallaan.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock ipsdesk</source>
            <translation>Avaa ipsdeskin lukitus</translation>
        </message>
        <message>
            <source>Type your passphrase. If you have forgotten it, type the recovery key from the recovery sheet.</source>
            <translation>Kirjoita salalauseesi. Jos olet unohtanut sen, kirjoita palautusarkissa oleva palautusavain.</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Avataan…</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Choose why the service ends.</source>
            <translation>Valitse palvelun päättymisen syy.</translation>
        </message>
        <message>
            <source>Cannot be before the previous phase change (%1).</source>
            <translation>Ei voi olla aiempi kuin edellinen vaihemuutos (%1).</translation>
        </message>
        <message>
            <source>The client is already in phase %1; choose another phase.</source>
            <translation>Asiakas on jo vaiheessa %1; valitse toinen vaihe.</translation>
        </message>
        <message>
            <source>Too long: at most %1 characters.</source>
            <translation>Liian pitkä: enintään %1 merkkiä.</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>Tämä kenttä on pakollinen.</translation>
        </message>
        <message>
            <source>Not a valid date.</source>
            <translation>Päivämäärä ei kelpaa.</translation>
        </message>
        <message>
            <source>The date is implausibly far in the past.</source>
            <translation>Päivämäärä on epäuskottavan kaukana menneisyydessä.</translation>
        </message>
        <message>
            <source>The date is in the future.</source>
            <translation>Päivämäärä on tulevaisuudessa.</translation>
        </message>
        <message>
            <source>The date is more than a year ahead.</source>
            <translation>Päivämäärä on yli vuoden päässä tulevaisuudessa.</translation>
        </message>
        <message>
            <source>Cannot be before %1.</source>
            <translation>Ei voi olla aiempi kuin %1.</translation>
        </message>
        <message>
            <source>Must be a number between %1 and %2.</source>
            <translation>Anna luku väliltä %1–%2.</translation>
        </message>
        <message>
            <source>Not a number: type digits, e.g. %1.</source>
            <translation>Ei ole luku: kirjoita numeroina, esim. %1.</translation>
        </message>
        <message>
            <source>Type a whole number.</source>
            <translation>Kirjoita kokonaisluku.</translation>
        </message>
        <message>
            <source>Choose one of the options.</source>
            <translation>Valitse jokin vaihtoehdoista.</translation>
        </message>
        <message>
            <source>The next review cannot be in the past.</source>
            <translation>Seuraavan tarkistuksen päivämäärä ei voi olla menneisyydessä.</translation>
        </message>
        <message>
            <source>Cannot be before the previous version of the plan (%1).</source>
            <translation>Ei voi olla aiempi kuin suunnitelman edellinen versio (%1).</translation>
        </message>
        <message>
            <source>At most %1 steps.</source>
            <translation>Enintään %1 toimenpidettä.</translation>
        </message>
        <message>
            <source>%1 in the register already has this Y-tunnus; a Y-tunnus identifies one employer.</source>
            <translation>Rekisterissä olevalla työnantajalla %1 on jo tämä Y-tunnus; Y-tunnus yksilöi yhden työnantajan.</translation>
        </message>
    </context>
    <context>
        <name>Week</name>
        <message>
            <source>Week %1</source>
            <translation>vko %1</translation>
        </message>
        <message>
            <source>Week %1/%2</source>
            <translation>vko %1/%2</translation>
        </message>
        <message>
            <source>Employer contacts</source>
            <translation>Työnantajakontaktit</translation>
        </message>
        <message>
            <source>Face-to-face</source>
            <translation>Kasvokkain</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Muut</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Tavoite</translation>
        </message>
        <message>
            <source>Target met</source>
            <translation>Tavoite saavutettu</translation>
        </message>
        <message>
            <source>Target not met</source>
            <translation>Tavoitetta ei saavutettu</translation>
        </message>
    </context>
    <context>
        <name>WeekChart</name>
        <message>
            <source>Employer contacts per week; the red line is the target.</source>
            <translation>Työnantajakontaktit viikoittain; punainen viiva on tavoite.</translation>
        </message>
    </context>
    <context>
        <name>WeekPage</name>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Edellinen</translation>
        </message>
        <message>
            <source>Previous week (Alt+Page Up)</source>
            <translation>Edellinen viikko (Alt+Page Up)</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Seuraava ▶</translation>
        </message>
        <message>
            <source>Next week (Alt+Page Down)</source>
            <translation>Seuraava viikko (Alt+Page Down)</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Tämä viikko</translation>
        </message>
        <message>
            <source>Log contact… (Ctrl+E)</source>
            <translation>Kirjaa kontakti… (Ctrl+E)</translation>
        </message>
        <message>
            <source>Last 12 weeks</source>
            <translation>Viimeiset 12 viikkoa</translation>
        </message>
        <message>
            <source>&lt;span style='color:#2e7d32'&gt;■&lt;/span&gt; face-to-face  &lt;span style='color:#9ccc65'&gt;■&lt;/span&gt; other  &lt;span style='color:#c62828'&gt;- -&lt;/span&gt; target</source>
            <translation>&lt;span style='color:#2e7d32'&gt;■&lt;/span&gt; kasvokkain  &lt;span style='color:#9ccc65'&gt;■&lt;/span&gt; muut  &lt;span style='color:#c62828'&gt;- -&lt;/span&gt; tavoite</translation>
        </message>
        <message>
            <source>Contacts this week</source>
            <translation>Kontaktit tällä viikolla</translation>
        </message>
        <message>
            <source>What is due</source>
            <translation>Tehtävää</translation>
        </message>
        <message>
            <source>Week %1 / %2 (%3–%4)</source>
            <translation>Vko %1 / %2 (%3–%4)</translation>
        </message>
        <message>
            <source>this week</source>
            <translation>tämä viikko</translation>
        </message>
        <message>
            <source>Face-to-face %1 · other %2
%3 (target %4)</source>
            <translation>Kasvokkain %1 · muut %2
%3 (tavoite %4)</translation>
        </message>
        <message>
            <source>Contacts in week %1 (%2)</source>
            <translation>Kontaktit viikolla %1 (%2)</translation>
        </message>
        <message>
            <source>What is due (%1, overdue %2)</source>
            <translation>Tehtävää (%1, myöhässä %2)</translation>
        </message>
        <message>
            <source>&amp;Week</source>
            <translation>&amp;Viikko</translation>
        </message>
    </context>
</TS>
