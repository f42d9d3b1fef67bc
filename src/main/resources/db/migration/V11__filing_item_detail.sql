-- A filing item keeps only its detail (the contract's title, the minutes' number, the supplement's note); the filing
-- form and the contract page word each kind themselves, in the reader's language.
alter table filing_item rename column label to detail;
alter table filing_item alter column detail drop not null;
update filing_item set detail = null where kind in ('DESCRIPTION', 'STANDING', 'WAGE_DATA', 'RESOLUTION', 'CREDENTIALS', 'COORDINATION');
update filing_item set detail = replace(replace(detail, '》文本（双方首席代表数字签名）', ''), '《', '') where kind = 'CONTRACT';
update filing_item set detail = replace(replace(detail, '集体协商会议记录（第 ', ''), ' 份，双方确认）', '') where kind = 'MINUTES';
update filing_item set detail = replace(detail, '补正材料：', '') where kind = 'SUPPLEMENT';
