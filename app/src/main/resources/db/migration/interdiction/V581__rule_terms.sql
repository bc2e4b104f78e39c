-- Risk targeting across languages: a rule that lists words or places may also list terms, words
-- in any language or script that count as its own (дыня, қауын for "melons"). Places need none
-- for their Cyrillic spelling: both sides are compared in plain Latin letters.
ALTER TABLE intd_rule ADD COLUMN terms VARCHAR(1000) NOT NULL DEFAULT '';

-- The first rules' words in Russian and Kazakh, in the forms officers write on a declaration.
UPDATE intd_rule SET terms = 'лук, луковица, пияз, жуа, дыня, дыни, дынь, қауын, қауындар, сухофрукты, сушеные фрукты, кептірілген жемістер, құрғақ жемістер, фрукты, овощи, жемістер, көкөністер, жеміс-көкөніс'
 WHERE kind = 'CARGO_WORDS' AND parameter = 'onions, melons, dried fruit, fruit and vegetables';
UPDATE intd_rule SET terms = 'Хорог, Хорогъ, Ош, Каракол, Қарақол, Токмак, Тоқмақ, Душанбе'
 WHERE kind = 'DECLARED_ORIGIN' AND parameter = 'Osh, Dushanbe, Khorog, Karakol, Tokmok';
