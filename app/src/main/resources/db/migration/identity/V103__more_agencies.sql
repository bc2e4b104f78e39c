-- Agencies whose officers and trainers are named in the training records but had no entry here,
-- so an administrator could not give them accounts: MOI police officers (trafficking trainees)
-- and the two academies that train financial investigators and border guards.
INSERT INTO idn_agency (code, name_en, name_ru, name_kk, country, kind) VALUES
 ('MOI_POLICE', 'Police of the Ministry of Internal Affairs', 'Полиция МВД', 'ІІМ полициясы', 'KZ', 'LAW_ENFORCEMENT'),
 ('FINANCIAL_POLICE_ACADEMY', 'Financial Police Academy', 'Академия финансовой полиции', 'Қаржы полициясы академиясы', 'KZ', 'TRAINING'),
 ('BORDER_GUARD_ACADEMY', 'Border Guard Academy', 'Академия пограничной службы', 'Шекара қызметі академиясы', 'KZ', 'TRAINING');
