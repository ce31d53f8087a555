<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employer met in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Search by name or code (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientWorkspace</name>
    <message>
        <source>← Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the caseload (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to phase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ended %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase: %1, since %2 (%3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cooperation agreement date yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First face-to-face employer contact %1, %2 days after the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days since the agreement; no face-to-face employer contact yet (target: within 30 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far; usually %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentParty</name>
    <message>
        <source>Care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactMode</name>
    <message>
        <source>Face-to-face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail / other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPurpose</name>
    <message>
        <source>Getting to know the employer&apos;s needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting a job seeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job development / carving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactWith</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndReason</name>
    <message>
        <source>Client&apos;s own choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved on to education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support no longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DEMO (invented data, not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ipsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ipsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ipsdesk %1
An offline workbench for IPS employment specialists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-work support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Place</name>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere in the community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone / remote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entry? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Consent to information exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party in detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits counselling session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure discussions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work history entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports agreed with employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support agreed with employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support (e.g. wage subsidy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open labour market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (employment only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by (care team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation agreement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe mental illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths and resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred job types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals for work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client wants said to employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job development and carving notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-open the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key also unlocks your store if you forget the passphrase. Save or print the recovery sheet now and give it to your team leader or IT for their safe. It is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recovery sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>ipsdesk recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key unlocks the encrypted ipsdesk store of %1 (%2) if the passphrase is forgotten. Keep this sheet in a locked safe of the team leader or IT. Anyone holding it together with the laptop can read the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1 in folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use it, type the recovery key in the passphrase field of the unlock screen, then set a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>You have %1 active clients; the IPS model recommends at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job start is recorded but no benefits counselling before it. The client should get benefits counselling before each job start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job search has begun but disclosure has not been discussed. Discuss disclosure before the job search, more than once; it is never required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vocational profile meeting yet, %1 days after the agreement. Profiling is usually done in 1-3 meetings within the first month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 profile meetings recorded; profiling is usually done in 1-3 meetings, after which employer contacts begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days since the agreement and no face-to-face employer contact yet; the target is within %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedForm</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Organisation name on documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer contacts per week (target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to first face-to-face employer contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when a client has had no contact for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Welcome to ipsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ipsdesk keeps your clients&apos; data encrypted on this computer. Choose a passphrase: a few unrelated words (at least 8 characters) are easy to remember and hard to guess. You will also get a recovery key to keep in a safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must not begin or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too repetitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepOwner</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock ipsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase. If you have forgotten it, type the recovery key from the recovery sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ipsdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Choose why the service ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be before the previous phase change (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is implausibly far in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is more than a year ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a number between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Wrong passphrase or recovery key. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store was saved by a newer version of ipsdesk. Update the app; the store was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is damaged and cannot be opened. It was not changed. Restore the newest good backup (ipsdesk restore FILE) or contact IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the store to this version failed and was undone; the store is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
