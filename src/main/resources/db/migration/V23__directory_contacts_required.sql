-- Every designation is reachable: the domain refuses an authority without e-mail or telephone, so the
-- schema does too (rows written before V20 could lack them).
alter table directory_authority
    alter column email set not null,
    alter column phone set not null;
