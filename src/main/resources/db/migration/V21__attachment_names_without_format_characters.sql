-- Upload file names keep no Unicode format or bidirectional characters (issue 30): a right-to-left override
-- made 'invoice' + U+202E + 'txt.exe' show as 'invoiceexe.txt'. New names are cleaned when they arrive
-- (casestudies.service.DocumentIntake.safeName, which also drops every other \p{Cf} and control character);
-- this cleans the names stored before, for the characters that change how a name reads: soft hyphen, Arabic
-- letter mark, Mongolian vowel separator, zero-width space/joiners and marks, bidi embeddings, overrides and
-- isolates, word joiner and invisible operators, line and paragraph separators, and the byte-order mark.
-- chr() is the same function on H2 and PostgreSQL.
update case_study_attachment
   set file_name = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(file_name, chr(173), ''), chr(1564), ''), chr(6158), ''), chr(8203), ''), chr(8204), ''), chr(8205), ''), chr(8206), ''), chr(8207), ''), chr(8232), ''), chr(8233), ''), chr(8234), ''), chr(8235), ''), chr(8236), ''), chr(8237), ''), chr(8238), ''), chr(8288), ''), chr(8289), ''), chr(8290), ''), chr(8291), ''), chr(8292), ''), chr(8294), ''), chr(8295), ''), chr(8296), ''), chr(8297), ''), chr(65279), '')
 where file_name <> replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(file_name, chr(173), ''), chr(1564), ''), chr(6158), ''), chr(8203), ''), chr(8204), ''), chr(8205), ''), chr(8206), ''), chr(8207), ''), chr(8232), ''), chr(8233), ''), chr(8234), ''), chr(8235), ''), chr(8236), ''), chr(8237), ''), chr(8238), ''), chr(8288), ''), chr(8289), ''), chr(8290), ''), chr(8291), ''), chr(8292), ''), chr(8294), ''), chr(8295), ''), chr(8296), ''), chr(8297), ''), chr(65279), '');
