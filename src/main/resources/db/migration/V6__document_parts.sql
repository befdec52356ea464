-- A file may hold several documents (a license and its vouchers in one PDF, docs/adr/0012). The uploaded
-- file's row keeps the whole result; every further document found in it gets a row of its own, a part of
-- the file, so a case can hold it and verify its fields like any document.
ALTER TABLE document ADD COLUMN part_of VARCHAR(36);
ALTER TABLE document ADD COLUMN part_no INTEGER DEFAULT 0 NOT NULL;
-- the part's pages in the file, e.g. [2,3]; its boxes and page images are the file's
ALTER TABLE document ADD COLUMN part_pages VARCHAR(200);
ALTER TABLE document ADD CONSTRAINT document_part_of_fk FOREIGN KEY (part_of) REFERENCES document (id);
-- a part has no bytes of its own (they are its file's): no sha256, so document_sha256_uk still finds a
-- re-upload's file, and NULLs never collide in it
ALTER TABLE document ALTER COLUMN sha256 DROP NOT NULL;
CREATE INDEX document_part_of_idx ON document (part_of);
