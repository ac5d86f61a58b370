-- The PDF page a record's line begins on, so a person finds it in the file they received; NULL for
-- records read from text, Word or HTML, which have no pages.
ALTER TABLE obligations ADD COLUMN page INTEGER CHECK (page IS NULL OR page > 0);
