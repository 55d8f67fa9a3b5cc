-- The history file of schema version 1 (the first layout), with a few rows,
-- kept to test the migration to the current schema.
-- history-v1.sqlite is made from this script and committed next to it:
--     rm -f history-v1.sqlite && sqlite3 history-v1.sqlite < history-v1.sql
--
-- Version 1 stored ISO 8601 text times, only the main fields of a phone, one
-- "status" column ("sending" while in flight, else an outcome key), and always
-- sent add_phone by POST. Passwords were never stored.
PRAGMA journal_mode = DELETE;
BEGIN;
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) VALUES (1);
CREATE TABLE attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    server_url TEXT NOT NULL,
    api_user TEXT NOT NULL,
    batch_id TEXT,
    extension TEXT NOT NULL,
    server_ip TEXT NOT NULL,
    phone_login TEXT NOT NULL,
    phone_full_name TEXT,
    protocol TEXT,
    local_gmt TEXT,
    status TEXT NOT NULL,
    http_status INTEGER,
    reply TEXT,
    duration_ms INTEGER
);
CREATE INDEX attempts_started ON attempts (started_at);

INSERT INTO attempts VALUES (1, '2024-03-01T09:15:02.125Z', '2024-03-01T09:15:02.480Z',
    'https://dialer.example.com/vicidial/non_agent_api.php', 'apiadmin', 'batch-2024-03-01',
    '1001', '10.0.0.5', 'ext1001', 'Front Desk', 'SIP', '-5.00', 'added', 200,
    'SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|1001|10.0.0.5|ext1001|********|SIP|********|Front Desk|-5.00|', 355);
INSERT INTO attempts VALUES (2, '2024-03-01T09:15:03.000Z', '2024-03-01T09:15:03.200Z',
    'https://dialer.example.com/vicidial/non_agent_api.php', 'apiadmin', 'batch-2024-03-01',
    '1002', '10.0.0.5', 'ext1001', 'Back Office', 'SIP', '-5.00', 'login_exists', 200,
    'ERROR: add_phone PHONE LOGIN ALREADY EXISTS - apiadmin|1002|ext1001', 200);
INSERT INTO attempts VALUES (3, '2024-03-01T09:15:04.000Z', '2024-03-01T09:15:34.000Z',
    'https://dialer.example.com/vicidial/non_agent_api.php', 'apiadmin', 'batch-2024-03-01',
    '1003', '10.0.0.5', 'ext1003', 'Warehouse', 'SIP', '-5.00', 'timeout', 0, '', 30000);
INSERT INTO attempts VALUES (4, '2024-03-02T14:00:00.000Z', '2024-03-02T14:00:00.750Z',
    'https://dialer.example.com/vicidial/non_agent_api.php', 'apiadmin', NULL,
    'Sales7', '10.0.0.6', 'Ünïcode7', 'Müller, Anna', 'IAX2', '+1.00', 'added', 200,
    'SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|Sales7|10.0.0.6', 750);
-- Left "sending" when version 1 of the program was killed.
INSERT INTO attempts VALUES (5, '2024-03-02T14:00:05.500Z', NULL,
    'https://dialer.example.com/vicidial/non_agent_api.php', 'apiadmin', NULL,
    '1005', '10.0.0.6', 'ext1005', 'Lobby', 'SIP', '-5.00', 'sending', NULL, NULL, NULL);
COMMIT;
