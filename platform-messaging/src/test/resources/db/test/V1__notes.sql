CREATE TABLE note (
    id       uuid PRIMARY KEY,
    district varchar(64) NOT NULL,
    text     text NOT NULL
);

CREATE TABLE note_tally (
    note_id uuid PRIMARY KEY,
    applied int NOT NULL
);
