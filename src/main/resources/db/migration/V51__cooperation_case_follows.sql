-- Cooperation cases part 2 (issue #10): the workspace of a joint investigation and the chain of asset cases
-- (freezing, confiscation, return) list the cases that follow up an earlier one.
create index cooperation_case_follows on cooperation_case (follows);
