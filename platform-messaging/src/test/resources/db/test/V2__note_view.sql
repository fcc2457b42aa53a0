-- A projection as services keep them: a key, a version and a list of ids.
CREATE TABLE note_view (
    id         uuid    PRIMARY KEY,
    text       text    NOT NULL,
    reader_ids uuid[]  NOT NULL,
    version    bigint  NOT NULL
);
