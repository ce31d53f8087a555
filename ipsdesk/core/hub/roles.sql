-- ipsdesk team hub: who may see what, enforced by PostgreSQL (issue 15).
--
-- Run after the schema exists (`ipsdesk hub init-schema` runs this too), as the
-- database owner with CREATEROLE (or a superuser). Safe to run again.
--
-- Group roles:
--   ipsdesk_specialist   writes and reads only their own rows
--   ipsdesk_team_leader  reads every row of their team
--   ipsdesk_coordinator  reads every team's rows (the county's figures)
-- Each person logs in with a role of their own, member of one of these groups, with a
-- row in hub_account saying who they are (see docs/hub.md and `ipsdesk hub add-account`).
-- Row-level security is ENABLED and FORCED on every data table, so the table owner
-- obeys the policies too; only a superuser bypasses them (never use one for ipsdesk).

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ipsdesk_specialist') THEN
        CREATE ROLE ipsdesk_specialist NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ipsdesk_team_leader') THEN
        CREATE ROLE ipsdesk_team_leader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ipsdesk_coordinator') THEN
        CREATE ROLE ipsdesk_coordinator NOLOGIN;
    END IF;
END
$$;

-- Nobody but the owner touches anything by default.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ipsdesk_specialist, ipsdesk_team_leader, ipsdesk_coordinator;

-- Who is who. Read only through the SECURITY DEFINER functions below (the role asking
-- is passed in as current_user, evaluated in the policy, i.e. the caller's role).
REVOKE ALL ON hub_account FROM ipsdesk_specialist, ipsdesk_team_leader, ipsdesk_coordinator;

CREATE OR REPLACE FUNCTION hub_member_of(who name) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT member_id FROM public.hub_account
    WHERE role_name = who AND member_id IS NOT NULL AND kind IN ('specialist', 'leader')
$$;

CREATE OR REPLACE FUNCTION hub_team_of(who name) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT team_id FROM public.hub_account WHERE role_name = who
$$;

-- The member ids whose rows `who` may read.
CREATE OR REPLACE FUNCTION hub_visible_members(who name) RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT a.member_id FROM public.hub_account a, public.hub_account me
    WHERE me.role_name = who AND a.member_id IS NOT NULL AND (
        a.role_name = me.role_name
        OR (me.kind = 'leader' AND a.team_id = me.team_id)
        OR me.kind = 'coordinator')
$$;

REVOKE ALL ON FUNCTION hub_member_of(name), hub_team_of(name), hub_visible_members(name)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hub_member_of(name), hub_team_of(name), hub_visible_members(name)
    TO ipsdesk_specialist, ipsdesk_team_leader, ipsdesk_coordinator;

-- The schema version: everyone may read it ("Test connection" compares it).
GRANT SELECT ON hub_alembic_version
    TO ipsdesk_specialist, ipsdesk_team_leader, ipsdesk_coordinator;

-- The data tables: the team tables and the send log.
DO $$
DECLARE
    t text;
    p text;
BEGIN
    FOREACH t IN ARRAY ARRAY['team_member', 'team_client', 'team_event', 'team_job',
                             'team_step', 'team_employer', 'team_employer_contact',
                             'team_employer_contact_client', 'hub_send'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        FOR p IN SELECT policyname FROM pg_policies
                 WHERE schemaname = 'public' AND tablename = t LOOP
            EXECUTE format('DROP POLICY %I ON %I', p, t);
        END LOOP;
        EXECUTE format('GRANT SELECT ON %I TO ipsdesk_specialist, ipsdesk_team_leader, '
                       'ipsdesk_coordinator', t);
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO ipsdesk_specialist', t);
        -- Reading: one's own rows, a leader their team's, the coordinator all.
        EXECUTE format('CREATE POLICY hub_read ON %I FOR SELECT TO ipsdesk_specialist, '
                       'ipsdesk_team_leader, ipsdesk_coordinator USING (member_id IN '
                       '(SELECT hub_visible_members(current_user)))', t);
        -- Writing: a specialist only their own rows (old and new row alike).
        EXECUTE format('CREATE POLICY hub_insert ON %I FOR INSERT TO ipsdesk_specialist '
                       'WITH CHECK (member_id = hub_member_of(current_user))', t);
        EXECUTE format('CREATE POLICY hub_update ON %I FOR UPDATE TO ipsdesk_specialist '
                       'USING (member_id = hub_member_of(current_user)) '
                       'WITH CHECK (member_id = hub_member_of(current_user))', t);
        EXECUTE format('CREATE POLICY hub_delete ON %I FOR DELETE TO ipsdesk_specialist '
                       'USING (member_id = hub_member_of(current_user))', t);
    END LOOP;
END
$$;

-- A specialist's member row must name their own team (a leader reads by team).
DROP POLICY hub_insert ON team_member;
DROP POLICY hub_update ON team_member;
CREATE POLICY hub_insert ON team_member FOR INSERT TO ipsdesk_specialist
    WITH CHECK (member_id = hub_member_of(current_user)
                AND team_id = hub_team_of(current_user));
CREATE POLICY hub_update ON team_member FOR UPDATE TO ipsdesk_specialist
    USING (member_id = hub_member_of(current_user))
    WITH CHECK (member_id = hub_member_of(current_user)
                AND team_id = hub_team_of(current_user));

GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ipsdesk_specialist;
