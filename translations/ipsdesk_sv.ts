<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
</TS>
