-- Each clock keeps the counting rule its due time was computed with, and the time zone its days ended in.
-- Clocks started before counting rules existed ran for a plain duration from their start.
alter table legal_clock add column counting text not null default 'v0 elapsed';
alter table legal_clock add column zone text not null default 'UTC';
