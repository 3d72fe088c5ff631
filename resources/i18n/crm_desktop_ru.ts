<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name />
    <message>
        <source>The database is busy: another crm-desktop window or command is writing to it. Nothing was written; try again when it has finished.</source>
        <translation>База данных занята: в неё пишет другое окно или команда crm-desktop. Ничего не записано; повторите, когда она закончит.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>Папки {0} не существует.</translation>
    </message>
    <message>
        <source>Cannot create {0}: the folder is read-only.</source>
        <translation>Не удаётся создать {0}: папка только для чтения.</translation>
    </message>
    <message>
        <source>{0} is a folder, not a database file.</source>
        <translation>{0} — папка, а не файл базы данных.</translation>
    </message>
    <message>
        <source>Cannot read {0}: permission denied.</source>
        <translation>Не удаётся прочитать {0}: нет доступа.</translation>
    </message>
    <message>
        <source>{0} is not a crm-desktop database (not a SQLite file).</source>
        <translation>{0} — не база данных crm-desktop (не файл SQLite).</translation>
    </message>
    <message>
        <source>{0} is read-only (the file or its folder cannot be written); crm-desktop needs to write to its database.</source>
        <translation>{0} только для чтения (нельзя записать файл или его папку); crm-desktop нужно записывать в свою базу данных.</translation>
    </message>
    <message>
        <source>{0} is not a usable SQLite database ({1}).</source>
        <translation>{0} — непригодная база данных SQLite ({1}).</translation>
    </message>
    <message>
        <source>Cannot open {0}: {1}</source>
        <translation>Не удаётся открыть {0}: {1}</translation>
    </message>
    <message>
        <source>Cannot update the database {0}: {1}</source>
        <translation>Не удаётся обновить базу данных {0}: {1}</translation>
    </message>
    <message>
        <source>This file is a SQLite database, but not a crm-desktop database; it was left unchanged.</source>
        <translation>Это база данных SQLite, но не база crm-desktop; файл не изменён.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of crm-desktop (schema {0}, this version knows up to {1}). Update crm-desktop to open it; the file was left unchanged.</source>
        <translation>Эта база данных создана более новой версией crm-desktop (схема {0}, эта версия знает до {1}). Обновите crm-desktop, чтобы открыть её; файл не изменён.</translation>
    </message>
    <message>
        <source>cannot read {0}: {1}</source>
        <translation>не удаётся прочитать {0}: {1}</translation>
    </message>
    <message>
        <source>{0} is not a text file (it holds binary data)</source>
        <translation>{0} — не текстовый файл (в нём двоичные данные)</translation>
    </message>
    <message>
        <source>{0} is empty</source>
        <translation>{0} пуст</translation>
    </message>
    <message>
        <source>this row is not UTF-8 like the rest of the file; it was read as {0}: check its text</source>
        <translation>эта строка не в UTF-8, как остальной файл; она прочитана как {0}: проверьте её текст</translation>
    </message>
    <message>
        <source>row {0} of {1} cannot be read: {2}</source>
        <translation>строку {0} файла {1} не удаётся прочитать: {2}</translation>
    </message>
    <message>
        <source>a quote (") opens in this row and does not close in it; the rows after it were read on their own. Fix the quote and import this row again</source>
        <translation>в этой строке открывается кавычка ("), которая в ней не закрывается; следующие строки прочитаны отдельно. Исправьте кавычку и импортируйте эту строку снова</translation>
    </message>
    <message>
        <source>there is no import {0}</source>
        <translation>нет импорта {0}</translation>
    </message>
    <message>
        <source>import {0} was undone already</source>
        <translation>импорт {0} уже отменён</translation>
    </message>
    <message>
        <source>undo cancelled; nothing was changed</source>
        <translation>отмена прервана; ничего не изменено</translation>
    </message>
    <message>
        <source>{0} does not exist</source>
        <translation>{0} не существует</translation>
    </message>
    <message>
        <source>{0} is a folder, not a file</source>
        <translation>{0} — папка, а не файл</translation>
    </message>
    <message>
        <source>must be one of {0}</source>
        <translation>должно быть одним из: {0}</translation>
    </message>
    <message>
        <source>the mapping does not fit this file's columns</source>
        <translation>сопоставление не подходит к столбцам этого файла</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>не удаётся записать {0}: {1}</translation>
    </message>
    <message>
        <source>import cancelled; nothing was changed</source>
        <translation>импорт отменён; ничего не изменено</translation>
    </message>
    <message>
        <source>there is no stage named '{0}'</source>
        <translation>нет этапа «{0}»</translation>
    </message>
    <message>
        <source>there is no loss reason named '{0}'</source>
        <translation>нет причины проигрыша «{0}»</translation>
    </message>
    <message>
        <source>the row names no contact</source>
        <translation>в строке не указан контакт</translation>
    </message>
    <message>
        <source>'{0}' is not a date like 2026-03-31 or 31.03.2026</source>
        <translation>«{0}» — не дата вида 2026-03-31 или 31.03.2026</translation>
    </message>
    <message>
        <source>'{0}': is it day/month or month/day? Nothing in the file says; write it as 2026-03-31</source>
        <translation>«{0}»: это день/месяц или месяц/день? В файле ничего на это не указывает; запишите дату как 2026-03-31</translation>
    </message>
    <message>
        <source>'{0}' is not a day of the Persian calendar, such as 1403/05/12</source>
        <translation>«{0}» — не дата иранского календаря, например 1403/05/12</translation>
    </message>
    <message>
        <source>cannot decode {0}: {1}</source>
        <translation>не удаётся декодировать {0}: {1}</translation>
    </message>
    <message>
        <source>reading {0} failed: {1}</source>
        <translation>не удалось прочитать {0}: {1}</translation>
    </message>
    <message>
        <source>no mapped column has a value</source>
        <translation>ни в одном сопоставленном столбце нет значения</translation>
    </message>
    <message>
        <source>the row has no name and no company</source>
        <translation>в строке нет ни имени, ни компании</translation>
    </message>
    <message>
        <source>holds what look like other rows of the file: a quotation mark out of place has run them into this one; put it right and import these rows again</source>
        <translation>содержит то, что похоже на другие строки файла: из-за лишней кавычки они слились с этой; исправьте её и импортируйте эти строки снова</translation>
    </message>
    <message>
        <source>'{0}' is not lead, customer or lost</source>
        <translation>«{0}» — не «лид», «клиент» или «потерян»</translation>
    </message>
    <message>
        <source>phone '{0}' {1}</source>
        <translation>телефон «{0}» {1}</translation>
    </message>
    <message>
        <source>runs over several lines: a quotation mark out of place in the file has run rows together; put it right and import this row again</source>
        <translation>занимает несколько строк: из-за лишней кавычки в файле строки слились; исправьте её и импортируйте эту строку снова</translation>
    </message>
    <message>
        <source>choose the column of the amount, and of the customer or their e-mail</source>
        <translation>выберите столбец суммы и столбец клиента или его e-mail</translation>
    </message>
    <message>
        <source>its status is '{0}': not an invoice or payment to keep</source>
        <translation>его статус «{0}»: это не счёт и не платёж, который нужно сохранить</translation>
    </message>
    <message>
        <source>a refund or credit note (a negative amount) is not a payment</source>
        <translation>возврат или кредит-нота (отрицательная сумма) — не платёж</translation>
    </message>
    <message>
        <source>says paid, but not when: give the day, such as 2026-03-31, or have such invoices dated by their due day</source>
        <translation>указано «оплачен», но не когда: укажите дату, например 2026-03-31, или датируйте такие счета сроком оплаты</translation>
    </message>
    <message>
        <source>{0} of it is paid, but the row does not say when: give the day it was paid, such as 2026-03-31, or have such invoices dated by their due day</source>
        <translation>{0} из неё оплачено, но строка не говорит когда: укажите день оплаты, например 2026-03-31, или датируйте такие счета сроком оплаты</translation>
    </message>
    <message>
        <source>is longer than {0} characters</source>
        <translation>длиннее {0} символов</translation>
    </message>
    <message>
        <source>the amount says {0} and this column {1}</source>
        <translation>в сумме указано {0}, а в этом столбце {1}</translation>
    </message>
    <message>
        <source>cannot be below zero</source>
        <translation>не может быть меньше нуля</translation>
    </message>
    <message>
        <source>is more than the amount, {0}</source>
        <translation>больше суммы, {0}</translation>
    </message>
    <message>
        <source>the row gives no amount</source>
        <translation>в строке нет суммы</translation>
    </message>
    <message>
        <source>the amount says {0} and the currency column {1}</source>
        <translation>в сумме указано {0}, а в столбце валюты — {1}</translation>
    </message>
    <message>
        <source>paid on a day the file does not give: dated by its due day, {0}</source>
        <translation>оплачен в день, которого нет в файле: датирован сроком оплаты, {0}</translation>
    </message>
    <message>
        <source>{0} has no deal '{1}': the payment is kept without it</source>
        <translation>у {0} нет сделки «{1}»: платёж сохранён без неё</translation>
    </message>
    <message>
        <source>a saved mapping needs a name</source>
        <translation>у сохранённого сопоставления должно быть имя</translation>
    </message>
    <message>
        <source>there is no saved mapping '{0}'; saved: {1}</source>
        <translation>нет сохранённого сопоставления «{0}»; сохранены: {1}</translation>
    </message>
    <message>
        <source>there is no saved mapping '{0}'</source>
        <translation>нет сохранённого сопоставления «{0}»</translation>
    </message>
    <message>
        <source>the mapping '{0}' is for a file with {1} columns; this one has {2}</source>
        <translation>сопоставление «{0}» рассчитано на файл с {1} столбцами; в этом их {2}</translation>
    </message>
    <message>
        <source>{0} cannot be read as a spreadsheet: {1}</source>
        <translation>{0} не читается как таблица: {1}</translation>
    </message>
    <message>
        <source>{0} has no sheets</source>
        <translation>в {0} нет листов</translation>
    </message>
    <message>
        <source>no sheet '{0}' in {1}; it has: {2}</source>
        <translation>в {1} нет листа «{0}»; есть: {2}</translation>
    </message>
    <message>
        <source>the sheet '{0}' is empty</source>
        <translation>лист «{0}» пуст</translation>
    </message>
    <message>
        <source>{0} holds no vCard (no BEGIN:VCARD)</source>
        <translation>в {0} нет vCard (нет BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>the file ends inside this card (no END:VCARD): it may have been cut short</source>
        <translation>файл обрывается внутри этой карточки (нет END:VCARD): возможно, он записан не полностью</translation>
    </message>
    <message>
        <source>this card cannot be read: {0}</source>
        <translation>эту карточку не удаётся прочитать: {0}</translation>
    </message>
    <message>
        <source>a line that is not a vCard property was skipped: '{0}'</source>
        <translation>пропущена строка, не являющаяся свойством vCard: «{0}»</translation>
    </message>
    <message>
        <source>page {0} of {1}</source>
        <translation>страница {0} из {1}</translation>
    </message>
    <message>
        <source>In the Trash</source>
        <translation>В корзине</translation>
    </message>
    <message>
        <source>Search: “{0}”</source>
        <translation>Поиск: «{0}»</translation>
    </message>
    <message>
        <source>People only</source>
        <translation>Только люди</translation>
    </message>
    <message>
        <source>Companies only</source>
        <translation>Только компании</translation>
    </message>
    <message>
        <source>{0} chosen contacts</source>
        <translation>Выбранные контакты: {0}</translation>
    </message>
    <message>
        <source>Tag: {0}</source>
        <translation>Метка: {0}</translation>
    </message>
    <message>
        <source>Segment: {0}</source>
        <translation>Сегмент: {0}</translation>
    </message>
    <message>
        <source>Industry: {0}</source>
        <translation>Отрасль: {0}</translation>
    </message>
    <message>
        <source>City or region: {0}</source>
        <translation>Город или регион: {0}</translation>
    </message>
    <message>
        <source>Country: {0}</source>
        <translation>Страна: {0}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Источник: {0}</translation>
    </message>
    <message>
        <source>VIP only</source>
        <translation>Только VIP</translation>
    </message>
    <message>
        <source>Not VIP</source>
        <translation>Не VIP</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Потерянные клиенты</translation>
    </message>
    <message>
        <source>No contact since {0}</source>
        <translation>Нет контакта с {0}</translation>
    </message>
    <message>
        <source>Overdue to buy</source>
        <translation>Пора покупать</translation>
    </message>
    <message>
        <source>Owing money</source>
        <translation>Должники</translation>
    </message>
    <message>
        <source>A birthday within {0} days</source>
        <translation>День рождения в ближайшие {0} дн.</translation>
    </message>
    <message>
        <source>{0} contacts are too many for a printed list (at most {1}): narrow them with a search or the filters, or export them to a spreadsheet</source>
        <translation>{0} контактов — слишком много для печатного списка (не больше {1}): сузьте их поиском или фильтрами либо выгрузите в таблицу</translation>
    </message>
    <message>
        <source>report cancelled</source>
        <translation>отчёт отменён</translation>
    </message>
    <message>
        <source>Contact list: {0}</source>
        <translation>Список контактов: {0}</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>Список контактов</translation>
    </message>
    <message>
        <source>{0} contacts, as of {1}</source>
        <translation>Контактов: {0}, на {1}</translation>
    </message>
    <message>
        <source>★ VIP</source>
        <translation>★ VIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>No contact matches.</source>
        <translation>Подходящих контактов нет.</translation>
    </message>
    <message>
        <source>page size must be {0}</source>
        <translation>размер страницы должен быть {0}</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>с {0} по {1}</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <source>The board today</source>
        <translation>Доска на сегодня</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Общая сумма</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>Взвешенная сумма</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>За период</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Deals created</source>
        <translation>Создано сделок</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>Average sales cycle</source>
        <translation>Средний цикл сделки</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} дн.</translation>
    </message>
    <message>
        <source>Conversion {0} → {1}</source>
        <translation>Конверсия {0} → {1}</translation>
    </message>
    <message>
        <source>Days in {0}</source>
        <translation>Дней на этапе «{0}»</translation>
    </message>
    <message>
        <source>Loss reasons</source>
        <translation>Причины проигрыша</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>Стоимость привлечения</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Потрачено</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Per lead</source>
        <translation>На лида</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>На клиента</translation>
    </message>
    <message>
        <source>Weighted forecast by month of expected close</source>
        <translation>Взвешенный прогноз по месяцу ожидаемого закрытия</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <source>Interactions by kind</source>
        <translation>Взаимодействия по видам</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Неделя с</translation>
    </message>
    <message>
        <source>Reminders done</source>
        <translation>Выполнено напоминаний</translation>
    </message>
    <message>
        <source>Interactions ({0})</source>
        <translation>Взаимодействия ({0})</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Reminders done ({0})</source>
        <translation>Выполненные напоминания ({0})</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>overdue: {0}, the oldest {1} day late</source>
        <translation>просрочено: {0}, самый старый — на {1} дн.</translation>
    </message>
    <message>
        <source>overdue: {0}, the oldest {1} days late</source>
        <translation>просрочено: {0}, самый старый — на {1} дн.</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>Должен</translation>
    </message>
    <message>
        <source>Customer for</source>
        <translation>Клиент уже</translation>
    </message>
    <message>
        <source>less than a month</source>
        <translation>меньше месяца</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 мес.</translation>
    </message>
    <message>
        <source>{0} months</source>
        <translation>{0} мес.</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 год</translation>
    </message>
    <message>
        <source>{0} years</source>
        <translation>{0} г.</translation>
    </message>
    <message>
        <source>Paid on time</source>
        <translation>Оплачено в срок</translation>
    </message>
    <message>
        <source>{0} of 5</source>
        <translation>{0} из 5</translation>
    </message>
    <message>
        <source>Contacts, 12 months</source>
        <translation>Контакты за 12 мес.</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Открытые жалобы</translation>
    </message>
    <message>
        <source>Cost to serve, 12 months</source>
        <translation>Затраты на обслуживание, 12 мес.</translation>
    </message>
    <message>
        <source>every {0} days; last on {1}</source>
        <translation>раз в {0} дн.; последний раз {1}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>покупка запаздывает</translation>
    </message>
    <message>
        <source>Buys</source>
        <translation>Покупает</translation>
    </message>
    <message>
        <source>there is no contact {0}</source>
        <translation>нет контакта {0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>{0} day late</source>
        <translation>опоздание {0} дн.</translation>
    </message>
    <message>
        <source>{0} days late</source>
        <translation>опоздание {0} дн.</translation>
    </message>
    <message>
        <source>unpaid, {0} day late</source>
        <translation>не оплачен, просрочка {0} дн.</translation>
    </message>
    <message>
        <source>unpaid, {0} days late</source>
        <translation>не оплачен, просрочка {0} дн.</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Удовлетворённость</translation>
    </message>
    <message>
        <source>Revenue, lifetime</source>
        <translation>Выручка за всё время</translation>
    </message>
    <message>
        <source>Revenue per contact</source>
        <translation>Выручка на контакт</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>в срок</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Competitor offers</source>
        <translation>Предложения конкурентов</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Changes to the record</source>
        <translation>Изменения записи</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Customer profile: {0}</source>
        <translation>Профиль клиента: {0}</translation>
    </message>
    <message>
        <source>backup cancelled</source>
        <translation>резервное копирование отменено</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database it copies.</source>
        <translation>Резервная копия не может заменить базу данных, которую копирует.</translation>
    </message>
    <message>
        <source>Cannot write the backup {0}: {1}</source>
        <translation>Не удаётся записать резервную копию {0}: {1}</translation>
    </message>
    <message>
        <source>The backup {0} failed its integrity check: {1}</source>
        <translation>Резервная копия {0} не прошла проверку целостности: {1}</translation>
    </message>
    <message>
        <source>{0} is an empty database: there is nothing to restore.</source>
        <translation>{0} — пустая база: восстанавливать нечего.</translation>
    </message>
    <message>
        <source>{0} is damaged ({1}); it cannot be restored.</source>
        <translation>{0} повреждён ({1}); его нельзя восстановить.</translation>
    </message>
    <message>
        <source>{0} is not a crm-desktop backup: {1}</source>
        <translation>{0} — не резервная копия crm-desktop: {1}</translation>
    </message>
    <message>
        <source>{0} is the open database itself, not a backup of it.</source>
        <translation>{0} — это сама открытая база, а не её копия.</translation>
    </message>
    <message>
        <source>restore cancelled; nothing was changed</source>
        <translation>восстановление отменено; ничего не изменено</translation>
    </message>
    <message>
        <source>Restoring {0} failed, nothing was changed: {1}</source>
        <translation>Не удалось восстановить {0}, ничего не изменено: {1}</translation>
    </message>
    <message>
        <source>unknown field(s): {0}</source>
        <translation>неизвестные поля: {0}</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>нужно имя</translation>
    </message>
    <message>
        <source>must be a whole number of employees</source>
        <translation>должно быть целое число сотрудников</translation>
    </message>
    <message>
        <source>a contact cannot be its own company</source>
        <translation>контакт не может быть своей же компанией</translation>
    </message>
    <message>
        <source>there is no such company</source>
        <translation>такой компании нет</translation>
    </message>
    <message>
        <source>'{0}' is a person, not a company</source>
        <translation>«{0}» — человек, а не компания</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>у метки должно быть имя</translation>
    </message>
    <message>
        <source>the move was cancelled; nothing changed</source>
        <translation>перемещение отменено; ничего не изменилось</translation>
    </message>
    <message>
        <source>cancelled: no interaction was logged</source>
        <translation>отменено: ничего не записано</translation>
    </message>
    <message>
        <source>comes before the interaction itself</source>
        <translation>раньше самого взаимодействия</translation>
    </message>
    <message>
        <source>must be inbound or outbound</source>
        <translation>должно быть «входящее» или «исходящее»</translation>
    </message>
    <message>
        <source>must be from 1 to 5</source>
        <translation>от 1 до 5</translation>
    </message>
    <message>
        <source>needs a time zone</source>
        <translation>нужен часовой пояс</translation>
    </message>
    <message>
        <source>must be a 3-letter code such as USD</source>
        <translation>должен быть трёхбуквенный код, например USD</translation>
    </message>
    <message>
        <source>must be zero or more, and below 10^10</source>
        <translation>должно быть не меньше нуля и меньше 10^10</translation>
    </message>
    <message>
        <source>has more than {0} lines</source>
        <translation>содержит больше {0} строк</translation>
    </message>
    <message>
        <source>'{0}' is not a country code such as GB, RU or IR</source>
        <translation>«{0}» — не код страны, как GB, RU или IR</translation>
    </message>
    <message>
        <source>name the source, as contacts have it</source>
        <translation>укажите источник, как он записан у контактов</translation>
    </message>
    <message>
        <source>at most {0} characters</source>
        <translation>не более {0} символов</translation>
    </message>
    <message>
        <source>'{0}' is not an amount</source>
        <translation>«{0}» — не сумма</translation>
    </message>
    <message>
        <source>must be above zero and below 10^13</source>
        <translation>должна быть больше нуля и меньше 10^13</translation>
    </message>
    <message>
        <source>cannot be before the invoice date</source>
        <translation>не может быть раньше даты счёта</translation>
    </message>
    <message>
        <source>name the competitor</source>
        <translation>укажите конкурента</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>не меньше 1</translation>
    </message>
    <message>
        <source>the database already holds contacts; use a new file for the demo</source>
        <translation>в базе данных уже есть контакты; для демо используйте новый файл</translation>
    </message>
    <message>
        <source>the search for duplicates was cancelled</source>
        <translation>поиск дубликатов отменён</translation>
    </message>
    <message>
        <source>'{0}' is not a format I can write; use {1}</source>
        <translation>«{0}» — формат, в который нельзя записать; используйте {1}</translation>
    </message>
    <message>
        <source>unknown column(s): {0}</source>
        <translation>неизвестные столбцы: {0}</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>такого файла нет</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <source>is {0} MB; a document of up to {1} MB can be kept with a contact</source>
        <translation>{0} МБ; с контактом можно хранить документ до {1} МБ</translation>
    </message>
    <message>
        <source>the name is longer than {0} characters</source>
        <translation>имя длиннее {0} символов</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>не читается: {0}</translation>
    </message>
    <message>
        <source>the deal is not one of the contact's</source>
        <translation>эта сделка не принадлежит контакту</translation>
    </message>
    <message>
        <source>cancelled: no document was kept</source>
        <translation>отменено: ни один документ не сохранён</translation>
    </message>
    <message>
        <source>the document is no longer there</source>
        <translation>этого документа больше нет</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>Не удаётся записать {0}: {1}</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>экспорт отменён</translation>
    </message>
    <message>
        <source>a deal needs a title</source>
        <translation>у сделки должно быть название</translation>
    </message>
    <message>
        <source>must be zero or more, below 10^13</source>
        <translation>должна быть от нуля и меньше 10^13</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation>должен быть процент от 0 до 100</translation>
    </message>
    <message>
        <source>say why the deal was lost</source>
        <translation>укажите, почему сделка проиграна</translation>
    </message>
    <message>
        <source>a stage needs a name</source>
        <translation>у этапа должно быть название</translation>
    </message>
    <message>
        <source>must be from 0 to 100</source>
        <translation>от 0 до 100</translation>
    </message>
    <message>
        <source>must be 1 day or more</source>
        <translation>не меньше 1 дня</translation>
    </message>
    <message>
        <source>move its deals to another stage first</source>
        <translation>сначала перенесите его сделки на другой этап</translation>
    </message>
    <message>
        <source>keep at least one reason</source>
        <translation>оставьте хотя бы одну причину</translation>
    </message>
    <message>
        <source>a contact cannot be merged with itself</source>
        <translation>контакт нельзя объединить с самим собой</translation>
    </message>
    <message>
        <source>'{0}' has contact persons: keep the company as the record that stays</source>
        <translation>У «{0}» есть контактные лица: оставьте компанию той записью, что сохранится</translation>
    </message>
    <message>
        <source>choose one or more weekdays</source>
        <translation>выберите один или несколько дней недели</translation>
    </message>
    <message>
        <source>a day of the month is 1 to 31</source>
        <translation>день месяца — от 1 до 31</translation>
    </message>
    <message>
        <source>choose first to fourth or last, and a weekday</source>
        <translation>выберите с первого по четвёртый или последний и день недели</translation>
    </message>
    <message>
        <source>'{0}' is not a recurrence rule: {1}</source>
        <translation>«{0}» — не правило повторения: {1}</translation>
    </message>
    <message>
        <source>every {0} days</source>
        <translation>каждые {0} дн.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ежедневно</translation>
    </message>
    <message>
        <source>weekly on {0}</source>
        <translation>еженедельно: {0}</translation>
    </message>
    <message>
        <source>monthly on day {0} (or the last day)</source>
        <translation>ежемесячно {0}-го числа (или в последний день)</translation>
    </message>
    <message>
        <source>monthly on day {0}</source>
        <translation>ежемесячно {0}-го числа</translation>
    </message>
    <message>
        <source>monthly on the {0}</source>
        <translation>ежемесячно: {0}</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>ежегодно</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>ежемесячно</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>еженедельно</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>ежечасно</translation>
    </message>
    <message>
        <source>a reminder needs a title</source>
        <translation>у напоминания должно быть название</translation>
    </message>
    <message>
        <source>this reminder no longer exists</source>
        <translation>этого напоминания больше нет</translation>
    </message>
    <message>
        <source>must be 1 hour or more</source>
        <translation>не меньше 1 часа</translation>
    </message>
    <message>
        <source>unknown field '{0}'</source>
        <translation>неизвестное поле «{0}»</translation>
    </message>
    <message>
        <source>unknown condition '{0}'</source>
        <translation>неизвестное условие «{0}»</translation>
    </message>
    <message>
        <source>'{0}' is not a number</source>
        <translation>«{0}» — не число</translation>
    </message>
    <message>
        <source>'{0}' is not a valid e-mail address: {1}</source>
        <translation>«{0}» — неверный адрес эл. почты: {1}</translation>
    </message>
    <message>
        <source>it has no @-sign</source>
        <translation>в нём нет знака @</translation>
    </message>
    <message>
        <source>nothing comes before the @-sign</source>
        <translation>перед знаком @ ничего нет</translation>
    </message>
    <message>
        <source>nothing comes after the @-sign</source>
        <translation>после знака @ ничего нет</translation>
    </message>
    <message>
        <source>the part after the @-sign has no period</source>
        <translation>в части после знака @ нет точки</translation>
    </message>
    <message>
        <source>the part after the @-sign does not end in a known domain</source>
        <translation>часть после знака @ не оканчивается известным доменом</translation>
    </message>
    <message>
        <source>the part after the @-sign is a reserved name</source>
        <translation>часть после знака @ — зарезервированное имя</translation>
    </message>
    <message>
        <source>the part after the @-sign holds characters an address cannot have</source>
        <translation>в части после знака @ есть недопустимые символы</translation>
    </message>
    <message>
        <source>the part before the @-sign holds characters an address cannot have</source>
        <translation>в части перед знаком @ есть недопустимые символы</translation>
    </message>
    <message>
        <source>it holds a character an address cannot have</source>
        <translation>в нём есть недопустимый символ</translation>
    </message>
    <message>
        <source>it has two periods in a row</source>
        <translation>в нём две точки подряд</translation>
    </message>
    <message>
        <source>it has a period and a hyphen next to each other</source>
        <translation>в нём точка и дефис стоят рядом</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>он слишком длинный</translation>
    </message>
    <message>
        <source>something follows the address</source>
        <translation>после адреса есть что-то ещё</translation>
    </message>
    <message>
        <source>a name and angle brackets around the address are not allowed: give the address alone</source>
        <translation>имя и угловые скобки вокруг адреса не допускаются: укажите только адрес</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>kept as typed: {0}</source>
        <translation>сохранён как введён: {0}</translation>
    </message>
    <message>
        <source>kept as typed: not a possible phone number</source>
        <translation>сохранён как введён: такого номера телефона не бывает</translation>
    </message>
    <message>
        <source>Cannot write beside {0} (a lock file goes there); check the folder's permissions.</source>
        <translation>Нельзя записать рядом с {0} (там создаётся файл блокировки); проверьте права на папку.</translation>
    </message>
    <message>
        <source>{0} is already open in another crm-desktop window. Close it there first; two programs writing to one file could damage it.</source>
        <translation>{0} уже открыт в другом окне crm-desktop. Сначала закройте его там: две программы, пишущие в один файл, могут его повредить.</translation>
    </message>
    <message>
        <source>Customer asset matrix</source>
        <translation>Матрица ценности клиентов</translation>
    </message>
    <message>
        <source>Protect them: priority service, regular contact, no surprises.</source>
        <translation>Берегите их: приоритетное обслуживание, регулярная связь, без сюрпризов.</translation>
    </message>
    <message>
        <source>Grow the share of their business: upsell and cross-sell.</source>
        <translation>Увеличивайте свою долю в их закупках: допродажи и перекрёстные продажи.</translation>
    </message>
    <message>
        <source>Valuable but drifting away: act now, find out what went wrong.</source>
        <translation>Ценные, но отдаляются: действуйте сейчас, выясните, что пошло не так.</translation>
    </message>
    <message>
        <source>Serve well at low cost: self-service, bundled orders, fewer visits.</source>
        <translation>Обслуживайте хорошо и недорого: самообслуживание, сборные заказы, реже визиты.</translation>
    </message>
    <message>
        <source>Prospects with no revenue yet: turn them into customers.</source>
        <translation>Потенциальные клиенты без выручки: сделайте их клиентами.</translation>
    </message>
    <message>
        <source>Value \ Relationship</source>
        <translation>Ценность \ Отношения</translation>
    </message>
    <message>
        <source>{0} customers</source>
        <translation>клиентов: {0}</translation>
    </message>
    <message>
        <source>satisfaction {0}</source>
        <translation>удовлетворённость {0}</translation>
    </message>
    <message>
        <source>{0} value</source>
        <translation>ценность: {0}</translation>
    </message>
    <message>
        <source>As of {0}, compared with {1}. Made {2}.</source>
        <translation>На {0}, в сравнении с {1}. Составлен {2}.</translation>
    </message>
    <message>
        <source>Value: revenue of the last 12 months, weighed by on-time payment (low up to {0}, high from {1}). Relationship: satisfaction, recency and frequency of contact, tenure, open complaints (0-100; low up to {2}, high from {3}).</source>
        <translation>Ценность: выручка за последние 12 месяцев с учётом своевременной оплаты (низкая — до {0}, высокая — от {1}). Отношения: удовлетворённость, давность и частота контактов, срок сотрудничества, открытые жалобы (0–100; низкие — до {2}, высокие — от {3}).</translation>
    </message>
    <message>
        <source>Value: revenue of the last 12 months less the cost to serve (contacts' time at {4} an hour), weighed by on-time payment (low up to {0}, high from {1}). Relationship: satisfaction, recency and frequency of contact, tenure, open complaints (0-100; low up to {2}, high from {3}).</source>
        <translation>Ценность: выручка за последние 12 месяцев за вычетом затрат на обслуживание (время контактов по {4} в час) с учётом своевременной оплаты (низкая — до {0}, высокая — от {1}). Отношения: удовлетворённость, давность и частота контактов, срок сотрудничества, открытые жалобы (0–100; низкие — до {2}, высокие — от {3}).</translation>
    </message>
    <message>
        <source>The matrix</source>
        <translation>Матрица</translation>
    </message>
    <message>
        <source>Revenue of the last 12 months by value tier</source>
        <translation>Выручка за последние 12 месяцев по уровням ценности</translation>
    </message>
    <message>
        <source>{0} value, {1} relationship: {2}</source>
        <translation>ценность {0}, отношения {1}: {2}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Revenue, 12 months</source>
        <translation>Выручка за 12 мес.</translation>
    </message>
    <message>
        <source>Worth</source>
        <translation>Ценность</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Отношения</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>No customers in this cell.</source>
        <translation>В этой ячейке нет клиентов.</translation>
    </message>
    <message>
        <source>Prospects: {0}</source>
        <translation>Потенциальные клиенты: {0}</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Потенциальный клиент</translation>
    </message>
    <message>
        <source>{0} value / {1} relationship</source>
        <translation>ценность {0} / отношения {1}</translation>
    </message>
    <message>
        <source>Moves since the previous period</source>
        <translation>Перемещения с прошлого периода</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>No customer changed cell.</source>
        <translation>Ни один клиент не сменил ячейку.</translation>
    </message>
    <message>
        <source>'{0}' is not a kind of contact</source>
        <translation>«{0}» — не вид контакта</translation>
    </message>
    <message>
        <source>{0}: must be from 0 to {1} minutes</source>
        <translation>{0}: должно быть от 0 до {1} минут</translation>
    </message>
    <message>
        <source>that entry is no longer there</source>
        <translation>этой записи больше нет</translation>
    </message>
    <message>
        <source>this invoice is paid already</source>
        <translation>этот счёт уже оплачен</translation>
    </message>
    <message>
        <source>is more than what is left to pay, {0}</source>
        <translation>больше, чем осталось оплатить, {0}</translation>
    </message>
    <message>
        <source>{0}, {1}, due {2}, paid {3}</source>
        <translation>{0}, {1}, срок {2}, оплачен {3}</translation>
    </message>
    <message>
        <source>Unpaid invoices</source>
        <translation>Неоплаченные счета</translation>
    </message>
    <message>
        <source>As of {0}: {1} invoices open, {2} of them overdue</source>
        <translation>На {0}: открытых счетов — {1}, из них просрочено — {2}</translation>
    </message>
    <message>
        <source>By how late</source>
        <translation>По сроку просрочки</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Срок не наступил</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 дней</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 дней</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 дней</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Более 90 дней</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>By customer</source>
        <translation>По клиентам</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>Nothing is owed.</source>
        <translation>Долгов нет.</translation>
    </message>
    <message>
        <source>the account's first day, {0}, comes after its last, {1}</source>
        <translation>первый день выписки, {0}, позже последнего, {1}</translation>
    </message>
    <message>
        <source>Statement of account: {0}</source>
        <translation>Выписка по счёту: {0}</translation>
    </message>
    <message>
        <source>As of {0}</source>
        <translation>На {0}</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Открытые счета</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выставлен</translation>
    </message>
    <message>
        <source>Account from {0} to {1}</source>
        <translation>Движение по счёту с {0} по {1}</translation>
    </message>
    <message>
        <source>Nothing was invoiced or paid.</source>
        <translation>Счетов и оплат не было.</translation>
    </message>
    <message>
        <source>Account in {0} from {1} to {2}</source>
        <translation>Движение по счёту в {0} с {1} по {2}</translation>
    </message>
    <message>
        <source>Balance brought forward</source>
        <translation>Входящий остаток</translation>
    </message>
    <message>
        <source>Invoice {0}</source>
        <translation>Счёт {0}</translation>
    </message>
    <message>
        <source>Payment, invoice {0}</source>
        <translation>Оплата по счёту {0}</translation>
    </message>
    <message>
        <source>Balance owed</source>
        <translation>Задолженность</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <source>Total due: {0}</source>
        <translation>Итого к оплате: {0}</translation>
    </message>
    <message>
        <source>'{0}' cannot be a birthday: it is still to come</source>
        <translation>«{0}» не может быть днём рождения: этот день ещё не наступил</translation>
    </message>
    <message>
        <source>'{0}' cannot be a birthday: the year is {1}</source>
        <translation>«{0}» не может быть днём рождения: год {1}</translation>
    </message>
    <message>
        <source>'{0}' is not a day of the year</source>
        <translation>«{0}» — такого дня в году нет</translation>
    </message>
    <message>
        <source>there is no tag “{0}”</source>
        <translation>метки «{0}» нет</translation>
    </message>
    <message>
        <source>a tag's name is at most {0} characters</source>
        <translation>имя метки не длиннее {0} символов</translation>
    </message>
    <message>
        <source>there is no view “{0}”; the views are: {1}</source>
        <translation>представления «{0}» нет; есть: {1}</translation>
    </message>
    <message>
        <source>a view needs a name</source>
        <translation>у представления должно быть имя</translation>
    </message>
    <message>
        <source>a view's name is at most {0} characters</source>
        <translation>имя представления не длиннее {0} символов</translation>
    </message>
    <message>
        <source>not a view of contacts</source>
        <translation>это не представление контактов</translation>
    </message>
    <message>
        <source>not a number of days: {0}</source>
        <translation>не число дней: {0}</translation>
    </message>
    <message>
        <source>not a column to sort by: {0}</source>
        <translation>не столбец для сортировки: {0}</translation>
    </message>
    <message>
        <source>not a list of the table's columns: {0}</source>
        <translation>не список столбцов таблицы: {0}</translation>
    </message>
    <message>
        <source>That is where the daily backups are already; a copy belongs on another disk.</source>
        <translation>Ежедневные резервные копии и так лежат здесь; копии место на другом диске.</translation>
    </message>
    <message>
        <source>The folder {0} is not there (a drive not plugged in?).</source>
        <translation>Папки {0} нет (диск не подключён?).</translation>
    </message>
    <message>
        <source>Cannot copy the backup to {0}: {1}</source>
        <translation>Не удаётся скопировать резервную копию в {0}: {1}</translation>
    </message>
</context>
<context>
    <name>AssetMatrixView</name>
    <message>
        <source>Customer asset matrix</source>
        <translation>Матрица ценности клиентов</translation>
    </message>
    <message>
        <source>Relationship: {0}</source>
        <translation>Отношения: {0}</translation>
    </message>
    <message>
        <source>Value: {0}</source>
        <translation>Ценность: {0}</translation>
    </message>
    <message>
        <source>Value: low up to</source>
        <translation>Ценность: низкая до</translation>
    </message>
    <message>
        <source>Value: high from</source>
        <translation>Ценность: высокая от</translation>
    </message>
    <message>
        <source>Relationship: low up to</source>
        <translation>Отношения: низкие до</translation>
    </message>
    <message>
        <source>Relationship: high from</source>
        <translation>Отношения: высокие от</translation>
    </message>
    <message>
        <source>Back to tertiles of the data</source>
        <translation>Вернуть терцили по данным</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>{0}
{1} customers
{2}
satisfaction {3}</source>
        <translation>{0}
клиентов: {1}
{2}
удовлетворённость {3}</translation>
    </message>
    <message>
        <source>Prospects without revenue (acquisition): {0}</source>
        <translation>Потенциальные клиенты без выручки (привлечение): {0}</translation>
    </message>
    <message>
        <source>{0} value, {1} relationship</source>
        <translation>ценность: {0}, отношения: {1}</translation>
    </message>
    <message>
        <source>Making the report</source>
        <translation>Создание отчёта</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Отчёт сохранён</translation>
    </message>
    <message>
        <source>Open {0} now?</source>
        <translation>Открыть {0} сейчас?</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>The daily backup was made, but not its copy elsewhere: {0}</source>
        <translation>Ежедневная резервная копия сделана, но её копия в другом месте — нет: {0}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {0}</source>
        <translation>Автоматическое резервное копирование не удалось: {0}</translation>
    </message>
</context>
<context>
    <name>BackupCopyDialog</name>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматические резервные копии</translation>
    </message>
    <message>
        <source>Once a day crm-desktop backs up this database by itself into {0}, keeping the last {1}.</source>
        <translation>Раз в день crm-desktop сам делает резервную копию этой базы в {0} и хранит последние {1}.</translation>
    </message>
    <message>
        <source>The newest was made {0}.</source>
        <translation>Последняя сделана {0}.</translation>
    </message>
    <message>
        <source>None has been made yet.</source>
        <translation>Пока не сделано ни одной.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A copy elsewhere.&lt;/b&gt; A backup beside the database is lost with its disk, or with the laptop. Name a folder on another disk, a USB drive, or one your cloud storage syncs, and each day's backup is copied there too (the last {0} kept; a drive that was not plugged in gets the newest when it is).</source>
        <translation>&lt;b&gt;Копия в другом месте.&lt;/b&gt; Резервная копия рядом с базой пропадёт вместе с диском или ноутбуком. Укажите папку на другом диске, флешке или папку, которую синхронизирует ваше облачное хранилище, — и каждая ежедневная копия будет копироваться туда (хранятся последние {0}; диск, который не был подключён, получит последнюю, когда его подключат).</translation>
    </message>
    <message>
        <source>No copy elsewhere</source>
        <translation>Без копии в другом месте</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Stop copying</source>
        <translation>Больше не копировать</translation>
    </message>
    <message>
        <source>The folder is not there now (a drive not plugged in?).</source>
        <translation>Сейчас этой папки нет (диск не подключён?).</translation>
    </message>
    <message>
        <source>The newest copy there was made {0}.</source>
        <translation>Последняя копия там сделана {0}.</translation>
    </message>
    <message>
        <source>No copy is there yet.</source>
        <translation>Копий там пока нет.</translation>
    </message>
    <message>
        <source>A folder for the copies</source>
        <translation>Папка для копий</translation>
    </message>
</context>
<context>
    <name>Birthday</name>
    <message>
        <source>{0}, aged {1}</source>
        <translation>{0} (возраст: {1})</translation>
    </message>
</context>
<context>
    <name>BoardFilters</name>
    <message>
        <source>Search deals and customers…</source>
        <translation>Поиск сделок и клиентов…</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>value from</source>
        <translation>значение от</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Close between</source>
        <translation>Закрытие между</translation>
    </message>
    <message>
        <source>Stale only</source>
        <translation>Застоявшиеся</translation>
    </message>
    <message>
        <source>Highest score first</source>
        <translation>По оценке</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Архив</translation>
    </message>
    <message>
        <source>Show the archived deals instead of the board's; right-click one to bring it back</source>
        <translation>Показать архивные сделки вместо сделок доски; щёлкните правой кнопкой, чтобы вернуть сделку</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Ещё фильтры</translation>
    </message>
    <message>
        <source>'{0}' is not an amount</source>
        <translation>«{0}» — не сумма</translation>
    </message>
</context>
<context>
    <name>BusinessDialog</name>
    <message>
        <source>Your business</source>
        <translation>Ваша компания</translation>
    </message>
    <message>
        <source>Shown at the top of every report</source>
        <translation>Печатается вверху каждого отчёта</translation>
    </message>
    <message>
        <source>Address, phone, e-mail, bank account: printed under the name on a statement of account</source>
        <translation>Адрес, телефон, эл. почта, банковские реквизиты: печатаются под названием в выписке по счёту</translation>
    </message>
    <message>
        <source>For new deals and payments, and the asset matrix's totals, e.g. USD, EUR, RUB, IRR</source>
        <translation>Для новых сделок и платежей и итогов матрицы активов, например USD, EUR, RUB, IRR</translation>
    </message>
    <message>
        <source>Country code for phone numbers written without +country code, e.g. GB, RU, IR</source>
        <translation>Код страны для номеров без +кода страны, например GB, RU, IR</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>What an hour of your time costs, in the business currency. A customer's record then shows what serving them cost in 12 months, each contact counting the minutes below; the asset matrix values customers by their margin.</source>
        <translation>Сколько стоит час вашего времени, в валюте бизнеса. Тогда карточка клиента покажет, во что обошлось его обслуживание за 12 месяцев (каждый контакт — по минутам ниже), а матрица ценности оценит клиентов по марже.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Регион телефонов</translation>
    </message>
    <message>
        <source>An hour of your time</source>
        <translation>Час вашего времени</translation>
    </message>
    <message>
        <source>A contact takes</source>
        <translation>Контакт занимает</translation>
    </message>
    <message>
        <source>A number written without +code, such as {0}, is read as this country's.</source>
        <translation>Номер без +кода, например {0}, читается как номер этой страны.</translation>
    </message>
    <message>
        <source>Payments recorded in another currency ({0}) are added up in the asset matrix as they are, without converting.</source>
        <translation>Платежи в другой валюте ({0}) складываются в матрице активов как есть, без пересчёта.</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Удовлетворённость</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>New reminder…</source>
        <translation>Новое напоминание…</translation>
    </message>
    <message>
        <source>Double-click a reminder to change it</source>
        <translation>Дважды щёлкните напоминание, чтобы изменить его</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Записать взаимодействие…</translation>
    </message>
    <message>
        <source>Add payment…</source>
        <translation>Добавить платёж…</translation>
    </message>
    <message>
        <source>Mark paid today</source>
        <translation>Оплачено сегодня</translation>
    </message>
    <message>
        <source>Pay part…</source>
        <translation>Оплата части…</translation>
    </message>
    <message>
        <source>Part of the invoice paid: a payment of its own, the rest still owed</source>
        <translation>Оплачена часть счёта: отдельный платёж, остальное ещё к оплате</translation>
    </message>
    <message>
        <source>Add offer…</source>
        <translation>Добавить предложение…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Competitor offers</source>
        <translation>Предложения конкурентов</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Double-click a deal to open it</source>
        <translation>Дважды щёлкните сделку, чтобы открыть её</translation>
    </message>
    <message>
        <source>Double-click a person to open their record</source>
        <translation>Дважды щёлкните человека, чтобы открыть его карточку</translation>
    </message>
    <message>
        <source>Double-click an entry to correct it; Delete removes it (Undo brings it back)</source>
        <translation>Двойной щелчок — исправить запись; Delete удаляет её (Отмена возвращает)</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a contact to see the whole record.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Выберите контакт, чтобы увидеть всю карточку.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Предпочитает</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Нравится</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <source>Hidden needs</source>
        <translation>Скрытые потребности</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>{0} copied: no program here opens it</source>
        <translation>{0} скопирован: нет программы, которая его откроет</translation>
    </message>
    <message>
        <source>Revenue, 12 months</source>
        <translation>Выручка за 12 мес.</translation>
    </message>
    <message>
        <source>Revenue, lifetime</source>
        <translation>Выручка за всё время</translation>
    </message>
    <message>
        <source>Customer for</source>
        <translation>Клиент уже</translation>
    </message>
    <message>
        <source>Paid on time</source>
        <translation>Оплачено в срок</translation>
    </message>
    <message>
        <source>Contacts, 12 months</source>
        <translation>Контакты за 12 мес.</translation>
    </message>
    <message>
        <source>Revenue per contact</source>
        <translation>Выручка на контакт</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Открытые жалобы</translation>
    </message>
    <message>
        <source>Cost to serve, 12 months</source>
        <translation>Затраты на обслуживание, 12 мес.</translation>
    </message>
    <message>
        <source>every {0} days; last on {1}</source>
        <translation>раз в {0} дн.; последний раз {1}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>покупка запаздывает</translation>
    </message>
    <message>
        <source>Buys</source>
        <translation>Покупает</translation>
    </message>
    <message>
        <source>overdue: {0}, the oldest {1} day late</source>
        <translation>просрочено: {0}, самый старый — на {1} дн.</translation>
    </message>
    <message>
        <source>overdue: {0}, the oldest {1} days late</source>
        <translation>просрочено: {0}, самый старый — на {1} дн.</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>Должен</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>в срок</translation>
    </message>
    <message>
        <source>{0} day late</source>
        <translation>опоздание {0} дн.</translation>
    </message>
    <message>
        <source>{0} days late</source>
        <translation>опоздание {0} дн.</translation>
    </message>
    <message>
        <source>unpaid, {0} day late</source>
        <translation>не оплачен, просрочка {0} дн.</translation>
    </message>
    <message>
        <source>unpaid, {0} days late</source>
        <translation>не оплачен, просрочка {0} дн.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>Documents ({0})</source>
        <translation>Документы ({0})</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>ContactDocuments</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Double-click a document to open it; drop files here to keep them with the contact</source>
        <translation>Дважды щёлкните документ, чтобы открыть; перетащите сюда файлы, чтобы хранить их с контактом</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} КБ</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} МБ</translation>
    </message>
    <message>
        <source>Keep documents with the contact</source>
        <translation>Хранить документы с контактом</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>{0} is a folder: a contact keeps files. Drop the files in it.</source>
        <translation>{0} — это папка, а с контактом хранятся файлы. Перетащите файлы из неё.</translation>
    </message>
    <message>
        <source>No program here opens {0}. Save a copy… puts it where another computer or program can take it.</source>
        <translation>Здесь нет программы, которая открывает {0}. «Сохранить копию…» положит его туда, откуда его возьмёт другой компьютер или программа.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Изменить контакт</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>VIP-клиент</translation>
    </message>
    <message>
        <source>one per line; the first is the main one</source>
        <translation>по одному в строке; первый — основной</translation>
    </message>
    <message>
        <source>Numbers written without +code are read as {0}'s, such as {1} (Edit &gt; Your business)</source>
        <translation>Номера без +кода читаются как номера страны {0}, например {1} (Правка &gt; Ваша компания)</translation>
    </message>
    <message>
        <source>A day such as {0}, or {1} without the year</source>
        <translation>День, например {0}, или {1} без года</translation>
    </message>
    <message>
        <source>comma-separated, e.g. wholesale, newsletter</source>
        <translation>через запятую, например опт, рассылка</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Основное</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>ФИО или название *</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Предпочтительный канал</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Классификация</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Preferences and needs</source>
        <translation>Предпочтения и потребности</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Нравится</translation>
    </message>
    <message>
        <source>Stated needs</source>
        <translation>Заявленные потребности</translation>
    </message>
    <message>
        <source>Hidden needs</source>
        <translation>Скрытые потребности</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>no company of that name; create it first</source>
        <translation>нет компании с таким названием; сначала создайте её</translation>
    </message>
    <message>
        <source>Write a number with its +country code, or set the country of numbers written without it under Edit &gt; Your business. Save again to keep them as typed.</source>
        <translation>Запишите номер с +кодом страны или укажите страну номеров без него в меню Правка &gt; Ваша компания. Сохраните ещё раз, чтобы оставить их как введены.</translation>
    </message>
    <message>
        <source>{0} has {1} already.</source>
        <translation>{1} уже есть у контакта {0}.</translation>
    </message>
    <message>
        <source>Save again to add this contact all the same, or click the name to open that one instead.</source>
        <translation>Сохраните ещё раз, чтобы всё равно добавить этот контакт, или щёлкните имя, чтобы открыть тот.</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>type a name, company, e-mail or phone</source>
        <translation>введите имя, компанию, e-mail или телефон</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Search names, companies, e-mails, phones…</source>
        <translation>Поиск по именам, компаниям, e-mail, телефонам…</translation>
    </message>
    <message>
        <source>People and companies</source>
        <translation>Люди и компании</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a contact to see the whole record.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Выберите контакт, чтобы увидеть всю карточку.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <source>No contact matches the search or the filters.</source>
        <translation>Ни один контакт не подходит под поиск или фильтры.</translation>
    </message>
    <message>
        <source>Show all contacts</source>
        <translation>Показать все контакты</translation>
    </message>
    <message>
        <source>&lt;b&gt;No contacts yet.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Bring them in from a spreadsheet or a phone's address book (CSV, Excel, OpenDocument, vCard), or add the first one by hand. A file dropped on this window is imported too.</source>
        <translation>&lt;b&gt;Контактов пока нет.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Загрузите их из таблицы или адресной книги телефона (CSV, Excel, OpenDocument, vCard) или добавьте первый вручную. Файл, перетащенный в это окно, тоже импортируется.</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Импортировать файл…</translation>
    </message>
    <message>
        <source>Your business…</source>
        <translation>Ваша компания…</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>В корзину</translation>
    </message>
    <message>
        <source>no program here writes e-mail</source>
        <translation>здесь нет почтовой программы</translation>
    </message>
    <message>
        <source>too many for one mail link: paste them into Bcc</source>
        <translation>слишком много для одной почтовой ссылки: вставьте их в поле «Скрытая копия»</translation>
    </message>
    <message>
        <source>E-mail addresses copied: {0}</source>
        <translation>Скопировано адресов эл. почты: {0}</translation>
    </message>
    <message>
        <source>Without an address: {0}</source>
        <translation>Без адреса: {0}</translation>
    </message>
    <message>
        <source>The contact selected has no e-mail address.</source>
        <translation>У выбранного контакта нет адреса эл. почты.</translation>
    </message>
    <message>
        <source>None of the contacts selected has an e-mail address.</source>
        <translation>Ни у одного из выбранных контактов нет адреса эл. почты.</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Добавить метку</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Метка:</translation>
    </message>
    <message>
        <source>Set segment</source>
        <translation>Задать сегмент</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Сегмент:</translation>
    </message>
    <message>
        <source>Set industry</source>
        <translation>Задать отрасль</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Отрасль:</translation>
    </message>
    <message>
        <source>Set lead source</source>
        <translation>Задать источник лида</translation>
    </message>
    <message>
        <source>Lead source:</source>
        <translation>Источник лида:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Select exactly two contacts to merge.</source>
        <translation>Для объединения выберите ровно два контакта.</translation>
    </message>
    <message>
        <source>Merge two contacts</source>
        <translation>Объединить два контакта</translation>
    </message>
    <message>
        <source>Remove the {0} contacts in the Trash for good, with their history and their {1} documents? This cannot be undone.</source>
        <translation>Удалить навсегда контакты из корзины ({0}) вместе с историей и документами ({1})? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Очистить корзину</translation>
    </message>
    <message>
        <source>Remove the {0} contacts in the Trash for good, with their history? This cannot be undone.</source>
        <translation>Удалить навсегда контакты из корзины ({0}) вместе с историей? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Новый контакт…</translation>
    </message>
    <message>
        <source>Emptying the Trash</source>
        <translation>Очистка корзины</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Очистить корзину…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Новая сделка…</translation>
    </message>
    <message>
        <source>New reminder…</source>
        <translation>Новое напоминание…</translation>
    </message>
    <message>
        <source>Log an interaction…</source>
        <translation>Записать взаимодействие…</translation>
    </message>
    <message>
        <source>Write an e-mail…</source>
        <translation>Написать письмо…</translation>
    </message>
    <message>
        <source>Copy e-mail addresses</source>
        <translation>Копировать адреса эл. почты</translation>
    </message>
    <message>
        <source>Profile sheet (PDF)…</source>
        <translation>Профиль (PDF)…</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Добавить метку…</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Снять метку</translation>
    </message>
    <message>
        <source>Set segment…</source>
        <translation>Задать сегмент…</translation>
    </message>
    <message>
        <source>Set industry…</source>
        <translation>Задать отрасль…</translation>
    </message>
    <message>
        <source>Set lead source…</source>
        <translation>Задать источник лида…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Lost customer</source>
        <translation>Потерянный клиент</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Mark as VIP</source>
        <translation>Отметить как VIP</translation>
    </message>
    <message>
        <source>Not VIP</source>
        <translation>Не VIP</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message>
        <source>close {0}</source>
        <translation>закрытие {0}</translation>
    </message>
    <message>
        <source>{0} d</source>
        <translation>{0} дн.</translation>
    </message>
    <message>
        <source> · next {0}</source>
        <translation> · далее {0}</translation>
    </message>
</context>
<context>
    <name>DealDetails</name>
    <message>
        <source>Own probability</source>
        <translation>Своя вероятность</translation>
    </message>
    <message>
        <source>archived (not on the board)</source>
        <translation>в архиве (не на доске)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>Вероятность выигрыша</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Mark paid today</source>
        <translation>Оплачено сегодня</translation>
    </message>
    <message>
        <source>Pay part…</source>
        <translation>Оплата части…</translation>
    </message>
    <message>
        <source>Part of the invoice paid: a payment of its own, the rest still owed</source>
        <translation>Оплачена часть счёта: отдельный платёж, остальное ещё к оплате</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>История этапов</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <source>Invoices and payments</source>
        <translation>Счета и платежи</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Log an interaction…</source>
        <translation>Записать взаимодействие…</translation>
    </message>
    <message>
        <source>A call, e-mail or meeting about this deal (it counts as the deal's activity), and its follow-up</source>
        <translation>Звонок, письмо или встреча по этой сделке (считается активностью по сделке) и повторный контакт</translation>
    </message>
    <message>
        <source>New reminder…</source>
        <translation>Новое напоминание…</translation>
    </message>
    <message>
        <source>New invoice…</source>
        <translation>Новый счёт…</translation>
    </message>
    <message>
        <source>An invoice or payment for this deal, in the customer's record too</source>
        <translation>Счёт или платёж по этой сделке; он будет и в карточке клиента</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>Bring back to the board</source>
        <translation>Вернуть на доску</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>A deal entered by mistake; its open reminders go with it. Edit › Undo brings them back.</source>
        <translation>Сделка, внесённая по ошибке; её открытые напоминания удаляются вместе с ней. Правка › Отменить вернёт их.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалена</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>не удалена</translation>
    </message>
    <message>
        <source>the stage's</source>
        <translation>как у этапа</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>on the board</source>
        <translation>на доске</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>Own probability</source>
        <translation>Своя вероятность</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>Вероятность выигрыша</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>choose a customer from the suggestions</source>
        <translation>выберите клиента из подсказок</translation>
    </message>
</context>
<context>
    <name>DealListModel</name>
    <message>
        <source>Lead score: no rule applies</source>
        <translation>Оценка лида: ни одно правило не подходит</translation>
    </message>
    <message>
        <source>Lead score {0}:</source>
        <translation>Оценка лида {0}:</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Probable duplicates</source>
        <translation>Вероятные дубликаты</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <source>{0} probable pairs</source>
        <translation>Вероятных пар: {0}</translation>
    </message>
    <message>
        <source> (showing the first {0})</source>
        <translation> (показаны первые {0})</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>row {0}, {1}: {2}</source>
        <translation>строка {0}, {1}: {2}</translation>
    </message>
    <message>
        <source>row {0}: {1}</source>
        <translation>строка {0}: {1}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <source>CSV or TSV in any encoding, Excel (XLSX, XLS), LibreOffice (ODS) or vCard.</source>
        <translation>CSV или TSV в любой кодировке, Excel (XLSX, XLS), LibreOffice (ODS) или vCard.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <source>a payment or invoice</source>
        <translation>платёж или счёт</translation>
    </message>
    <message>
        <source>a deal (as crm-desktop exports them)</source>
        <translation>сделка (как их выгружает crm-desktop)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Each row is</source>
        <translation>Каждая строка —</translation>
    </message>
    <message>
        <source>Import contacts, deals or payments</source>
        <translation>Импорт контактов, сделок или платежей</translation>
    </message>
    <message>
        <source>Contacts, deals or payments ({0});;All files (*)</source>
        <translation>Контакты, сделки или платежи ({0});;Все файлы (*)</translation>
    </message>
    <message>
        <source>{0} columns, header on row {1}</source>
        <translation>столбцов: {0}, заголовок в строке {1}</translation>
    </message>
    <message>
        <source>recognised: {0}</source>
        <translation>распознано: {0}</translation>
    </message>
    <message>
        <source>deals as crm-desktop exports them: a deal per row, its contact found or made</source>
        <translation>сделки в формате экспорта crm-desktop: по сделке в строке, контакт находится или создаётся</translation>
    </message>
    <message>
        <source>payments or invoices: one per row, its customer found by e-mail or name, or made</source>
        <translation>платежи или счета: по одному в строке; клиент находится по e-mail или имени либо создаётся</translation>
    </message>
    <message>
        <source>encoding {0}, separator {1}</source>
        <translation>кодировка {0}, разделитель {1}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>City/region</source>
        <translation>Город/регион</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>VIP: any</source>
        <translation>VIP: любые</translation>
    </message>
    <message>
        <source>VIP only</source>
        <translation>Только VIP</translation>
    </message>
    <message>
        <source>Not VIP</source>
        <translation>Не VIP</translation>
    </message>
    <message>
        <source>Status: any</source>
        <translation>Статус: любой</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потерянные</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Overdue to buy</source>
        <translation>Пора покупать</translation>
    </message>
    <message>
        <source>Customers who have not bought for more than twice their usual interval: at risk of leaving</source>
        <translation>Клиенты, не покупавшие дольше двух своих обычных интервалов: могут уйти</translation>
    </message>
    <message>
        <source>Owes money</source>
        <translation>Есть долг</translation>
    </message>
    <message>
        <source>Customers with an invoice unpaid past its due day</source>
        <translation>Клиенты со счётом, не оплаченным в срок</translation>
    </message>
    <message>
        <source>Birthday soon</source>
        <translation>Скоро день рождения</translation>
    </message>
    <message>
        <source>Contacts whose birthday falls within {0} days, to send greetings in time</source>
        <translation>Контакты, у которых день рождения в ближайшие {0} дн., чтобы поздравить вовремя</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>No contact for</source>
        <translation>Без контакта</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Remind me to follow up</source>
        <translation>Напомнить о повторном контакте</translation>
    </message>
</context>
<context>
    <name>FunnelBoard</name>
    <message>
        <source>New deal…</source>
        <translation>Новая сделка…</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>Этапы…</translation>
    </message>
    <message>
        <source>Scoring rules…</source>
        <translation>Правила оценки…</translation>
    </message>
    <message>
        <source>Marketing spend…</source>
        <translation>Расходы на маркетинг…</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Переместить в</translation>
    </message>
    <message>
        <source>Log an interaction…</source>
        <translation>Записать взаимодействие…</translation>
    </message>
    <message>
        <source>New reminder…</source>
        <translation>Новое напоминание…</translation>
    </message>
    <message>
        <source>Customer record</source>
        <translation>Карточка клиента</translation>
    </message>
    <message>
        <source>Bring back to the board</source>
        <translation>Вернуть на доску</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Off the board and its totals; kept with its history</source>
        <translation>Убрать с доски и из итогов; сделка сохраняется вместе с историей</translation>
    </message>
    <message>
        <source>Archive all {0} shown in this column…</source>
        <translation>Отправить в архив все показанные в колонке ({0})…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>A deal entered by mistake; its open reminders go with it</source>
        <translation>Сделка, внесённая по ошибке; её открытые напоминания удаляются вместе с ней</translation>
    </message>
    <message>
        <source>Archive deals</source>
        <translation>Архивирование сделок</translation>
    </message>
    <message>
        <source>Archive the {0} deals shown in “{1}”? They leave the board and its totals, keeping their history; Undo brings them back.</source>
        <translation>Отправить в архив показанные сделки этапа «{1}» ({0})? Они уйдут с доски и из итогов, сохранив историю; «Отменить» вернёт их.</translation>
    </message>
</context>
<context>
    <name>FunnelMetricsPanel</name>
    <message>
        <source>Deals created</source>
        <translation>Создано сделок</translation>
    </message>
    <message>
        <source>Won / lost</source>
        <translation>Выиграно / проиграно</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>Average sales cycle</source>
        <translation>Средний цикл сделки</translation>
    </message>
    <message>
        <source>{0:.0f} days</source>
        <translation>{0:.0f} дн.</translation>
    </message>
    <message>
        <source>Lost: {0}</source>
        <translation>Проиграно: {0}</translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation>Среднее число дней на этапе</translation>
    </message>
    <message>
        <source>Weighted forecast ({0})</source>
        <translation>Взвешенный прогноз ({0})</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Потрачено</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>На клиента</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>Стоимость привлечения</translation>
    </message>
</context>
<context>
    <name>FunnelSettings</name>
    <message>
        <source>Funnel stages and loss reasons</source>
        <translation>Этапы воронки и причины проигрыша</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Win probability %</source>
        <translation>Вероятность выигрыша, %</translation>
    </message>
    <message>
        <source>Stale after days (0: never)</source>
        <translation>Застой через, дней (0: никогда)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Архив</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Добавить этап</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Open stages, in order (Won and Lost come after):</source>
        <translation>Открытые этапы по порядку (затем «Выиграна» и «Проиграна»):</translation>
    </message>
    <message>
        <source>Loss reasons, one per line:</source>
        <translation>Причины проигрыша, по одной в строке:</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts, deals or payments</source>
        <translation>Импорт контактов, сделок или платежей</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Проверка файла</translation>
    </message>
    <message>
        <source>Putting the data back as it was…</source>
        <translation>Возвращаем данные к прежнему виду…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log an interaction</source>
        <translation>Записать взаимодействие</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>Изменить взаимодействие</translation>
    </message>
    <message>
        <source>Satisfaction measured</source>
        <translation>Удовлетворённость измерена</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Удовлетворённость (1–5)</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <source>Follow up: {0}</source>
        <translation>Повторный контакт: {0}</translation>
    </message>
    <message>
        <source>Answer complaint: {0}</source>
        <translation>Ответить на жалобу: {0}</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>жалоба</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Lead source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Company size (employees)</source>
        <translation>Размер компании (сотрудников)</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>Сумма сделки</translation>
    </message>
    <message>
        <source>Interactions in the last 30 days</source>
        <translation>Взаимодействий за 30 дней</translation>
    </message>
    <message>
        <source>Has an e-mail</source>
        <translation>Есть e-mail</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>is</source>
        <translation>равно</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>не равно</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>содержит</translation>
    </message>
    <message>
        <source>is filled in</source>
        <translation>заполнено</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <source>retain</source>
        <translation>удерживать</translation>
    </message>
    <message>
        <source>develop</source>
        <translation>развивать</translation>
    </message>
    <message>
        <source>win back</source>
        <translation>вернуть</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>эффективность</translation>
    </message>
    <message>
        <source>acquisition</source>
        <translation>привлечение</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Исходящее</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Входящее</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Lost customer</source>
        <translation>Потерянный клиент</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Moved to Trash</source>
        <translation>Перемещено в корзину</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <source>Competitor's offer</source>
        <translation>Предложение конкурента</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Предпочитает</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Нравится</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <source>Hidden needs</source>
        <translation>Скрытые потребности</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>Вероятность выигрыша</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Архив</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>тот же e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <source>same name, same company</source>
        <translation>то же имя, та же компания</translation>
    </message>
    <message>
        <source>same name, same city</source>
        <translation>то же имя, тот же город</translation>
    </message>
    <message>
        <source>similar name, same company</source>
        <translation>похожее имя, та же компания</translation>
    </message>
    <message>
        <source>similar name, same city</source>
        <translation>похожее имя, тот же город</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новые</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Осведомлённость</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Интерес</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Нет бюджета</translation>
    </message>
    <message>
        <source>No need now</source>
        <translation>Сейчас не нужно</translation>
    </message>
    <message>
        <source>Wrong contact</source>
        <translation>Не тот контакт</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Выбрали конкурента</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Kind (person/company)</source>
        <translation>Тип (человек/компания)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Company e-mail</source>
        <translation>Эл. почта компании</translation>
    </message>
    <message>
        <source>Skip them (keep what the database has)</source>
        <translation>Пропустить (оставить данные базы)</translation>
    </message>
    <message>
        <source>Fill in the empty fields of the existing contact</source>
        <translation>Заполнить пустые поля существующего контакта</translation>
    </message>
    <message>
        <source>Overwrite the existing contact with the file's values</source>
        <translation>Перезаписать существующий контакт значениями из файла</translation>
    </message>
    <message>
        <source>Create them anyway, as new contacts</source>
        <translation>Всё равно создать их как новые контакты</translation>
    </message>
    <message>
        <source>e-mails</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>телефоны</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>даты</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Balance (left to pay)</source>
        <translation>Остаток (к оплате)</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Дата счёта</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Lost note</source>
        <translation>Заметка о проигрыше</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Сопоставление</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>7 дней вперёд</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Contact / deal</source>
        <translation>Контакт / сделка</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Last 3 years</source>
        <translation>Последние 3 года</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>The computer's language</source>
        <translation>Язык компьютера</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The window will speak {0} from its next start. Start it again now?</source>
        <translation>Окно будет на языке «{0}» со следующего запуска. Перезапустить сейчас?</translation>
    </message>
</context>
<context>
    <name>LazyChoiceBox</name>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
</context>
<context>
    <name>LossReasonDialog</name>
    <message>
        <source>Why was “{0}” lost?</source>
        <translation>Почему сделка «{0}» проиграна?</translation>
    </message>
    <message>
        <source>e.g. which competitor, what price</source>
        <translation>например, какой конкурент, какая цена</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Undo last import…</source>
        <translation>&amp;Отменить последний импорт…</translation>
    </message>
    <message>
        <source>&amp;Export contacts in view…</source>
        <translation>&amp;Экспорт показанных контактов…</translation>
    </message>
    <message>
        <source>Export selected to &amp;vCard…</source>
        <translation>Экспорт выбранных в &amp;vCard…</translation>
    </message>
    <message>
        <source>Export &amp;deals…</source>
        <translation>Экспорт &amp;сделок…</translation>
    </message>
    <message>
        <source>Export &amp;payments…</source>
        <translation>Экспорт &amp;платежей…</translation>
    </message>
    <message>
        <source>Export &amp;interactions…</source>
        <translation>Экспорт в&amp;заимодействий…</translation>
    </message>
    <message>
        <source>Export reminders to &amp;calendar…</source>
        <translation>Экспорт напоминаний в &amp;календарь…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Резервная копия базы…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <source>&amp;Automatic backups…</source>
        <translation>&amp;Автоматические резервные копии…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Новый контакт…</translation>
    </message>
    <message>
        <source>New d&amp;eal…</source>
        <translation>Новая &amp;сделка…</translation>
    </message>
    <message>
        <source>New &amp;reminder…</source>
        <translation>Новое &amp;напоминание…</translation>
    </message>
    <message>
        <source>&amp;Log an interaction…</source>
        <translation>&amp;Записать взаимодействие…</translation>
    </message>
    <message>
        <source>&amp;Find contacts</source>
        <translation>&amp;Найти контакты</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Найти &amp;дубликаты…</translation>
    </message>
    <message>
        <source>Ta&amp;gs…</source>
        <translation>&amp;Метки…</translation>
    </message>
    <message>
        <source>Empty &amp;Trash…</source>
        <translation>Очистить &amp;корзину…</translation>
    </message>
    <message>
        <source>Your &amp;business…</source>
        <translation>Ваша &amp;компания…</translation>
    </message>
    <message>
        <source>&amp;Service levels and win-back…</source>
        <translation>&amp;Сроки ответа и возврат клиентов…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <source>F&amp;unnel</source>
        <translation>&amp;Воронка</translation>
    </message>
    <message>
        <source>&amp;Reminders pane</source>
        <translation>Панель &amp;напоминаний</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Календарь</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>Customer &amp;asset matrix…</source>
        <translation>&amp;Матрица ценности клиентов…</translation>
    </message>
    <message>
        <source>&amp;Unpaid invoices</source>
        <translation>&amp;Неоплаченные счета</translation>
    </message>
    <message>
        <source>Customer &amp;profile sheet</source>
        <translation>&amp;Профиль клиента</translation>
    </message>
    <message>
        <source>Customer &amp;statement of account</source>
        <translation>&amp;Выписка по счёту клиента</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About crm-desktop</source>
        <translation>&amp;О программе crm-desktop</translation>
    </message>
    <message>
        <source>Imported: {0} new, {1} updated, {2} skipped, {3} refused</source>
        <translation>Импортировано: новых {0}, обновлено {1}, пропущено {2}, отклонено {3}</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Нет импорта для отмены.</translation>
    </message>
    <message>
        <source>Undo the import of {0} (new deals: {1})? New deals and the contacts made for them are removed, and contacts it made customers are put back; deals you have worked on since are kept.</source>
        <translation>Отменить импорт {0} (новых сделок: {1})? Новые сделки и созданные для них контакты будут удалены, а контакты, ставшие клиентами, — возвращены как были; сделки, с которыми вы с тех пор работали, останутся.</translation>
    </message>
    <message>
        <source>Undo the import of {0} ({1} new, {2} updated)? New contacts are removed and changed ones put back as they were; contacts you have worked on since are kept.</source>
        <translation>Отменить импорт {0} (новых {1}, обновлено {2})? Новые контакты будут удалены, изменённые — возвращены как были; контакты, с которыми вы уже работали, останутся.</translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <source>Import undone. Deals removed: {0}; contacts removed: {1}; deals kept as you have worked on them since: {2}</source>
        <translation>Импорт отменён. Удалено сделок: {0}; удалено контактов: {1}; оставлено сделок, с которыми вы с тех пор работали: {2}</translation>
    </message>
    <message>
        <source>Import undone: {0} removed, {1} put back, {2} kept as you have worked on them since</source>
        <translation>Импорт отменён: удалено {0}, возвращено {1}, оставлено {2} — с ними уже работали</translation>
    </message>
    <message>
        <source>Reopen deal</source>
        <translation>Возобновление сделки</translation>
    </message>
    <message>
        <source>Shown again with changes made outside this window</source>
        <translation>Показано заново с изменениями, сделанными вне этого окна</translation>
    </message>
    <message>
        <source>As the language has it</source>
        <translation>Как принято в языке</translation>
    </message>
    <message>
        <source>Gregorian (2026-03-31)</source>
        <translation>Григорианский (2026-03-31)</translation>
    </message>
    <message>
        <source>Solar Hijri (1405/01/11)</source>
        <translation>Иранский солнечный (1405/01/11)</translation>
    </message>
    <message>
        <source>Export reminders</source>
        <translation>Экспорт напоминаний</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>{0} reminders written to {1}</source>
        <translation>Напоминаний записано в {1}: {0}</translation>
    </message>
    <message>
        <source>Open {0} now?</source>
        <translation>Открыть {0} сейчас?</translation>
    </message>
    <message>
        <source>Funnel report</source>
        <translation>Отчёт по воронке</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Отчёт об активности</translation>
    </message>
    <message>
        <source>Unpaid invoices</source>
        <translation>Неоплаченные счета</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Выписка по счёту</translation>
    </message>
    <message>
        <source>The account from the first day to the last, and the invoices still open on the last.</source>
        <translation>Движение по счёту с первого дня по последний и счета, не оплаченные на последний день.</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Профиль клиента</translation>
    </message>
    <message>
        <source>Select a contact first.</source>
        <translation>Сначала выберите контакт.</translation>
    </message>
    <message>
        <source>Finding duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <source>Export contacts in view</source>
        <translation>Экспорт показанных контактов</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;CSV for Excel, UTF-8 with BOM (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV, UTF-8 (*.csv);;CSV для Excel, UTF-8 с BOM (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import contacts, deals or payments…</source>
        <translation>&amp;Импорт контактов, сделок или платежей…</translation>
    </message>
    <message>
        <source>&amp;Funnel</source>
        <translation>&amp;Воронка</translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation>&amp;Активность</translation>
    </message>
    <message>
        <source>Contact &amp;list of the view</source>
        <translation>&amp;Список контактов представления</translation>
    </message>
    <message>
        <source>Undo the import of {0} (new payments: {1}, invoices paid: {2})? New payments and the contacts made for them are removed, invoices it paid, in whole or in part, are open again as they were, and contacts it made customers are put back.</source>
        <translation>Отменить импорт {0} (новых платежей: {1}, оплачено счетов: {2})? Новые платежи и созданные для них контакты будут удалены, счета, оплаченные им полностью или частично, снова станут открытыми, как были, а контакты, ставшие клиентами, вернутся в прежнее состояние.</translation>
    </message>
    <message>
        <source>Import undone. Payments removed: {0}; invoices open again: {1}; contacts removed: {2}</source>
        <translation>Импорт отменён. Удалено платежей: {0}; снова открыто счетов: {1}; удалено контактов: {2}</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>Список контактов</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Записать взаимодействие</translation>
    </message>
    <message>
        <source>Export deals</source>
        <translation>Экспорт сделок</translation>
    </message>
    <message>
        <source>Exporting deals</source>
        <translation>Экспорт сделок</translation>
    </message>
    <message>
        <source>{0} deals written to {1}</source>
        <translation>Сделок записано: {0}, в {1}</translation>
    </message>
    <message>
        <source>Export payments</source>
        <translation>Экспорт платежей</translation>
    </message>
    <message>
        <source>Exporting payments</source>
        <translation>Экспорт платежей</translation>
    </message>
    <message>
        <source>{0} payments written to {1}</source>
        <translation>Платежей записано: {0} в {1}</translation>
    </message>
    <message>
        <source>Export interactions</source>
        <translation>Экспорт взаимодействий</translation>
    </message>
    <message>
        <source>Exporting interactions</source>
        <translation>Экспорт взаимодействий</translation>
    </message>
    <message>
        <source>{0} interactions written to {1}</source>
        <translation>Взаимодействий записано: {0} в {1}</translation>
    </message>
    <message>
        <source>Export to vCard</source>
        <translation>Экспорт в vCard</translation>
    </message>
    <message>
        <source>Select the contacts to export first.</source>
        <translation>Сначала выберите контакты для экспорта.</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Exporting contacts</source>
        <translation>Экспорт контактов</translation>
    </message>
    <message>
        <source>{0} contacts written to {1}</source>
        <translation>Контактов записано в {1}: {0}</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Резервная копия базы</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3)</source>
        <translation>База SQLite (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Не удалось сделать копию</translation>
    </message>
    <message>
        <source>Backup written to {0}</source>
        <translation>Копия записана в {0}</translation>
    </message>
    <message>
        <source>The daily backup is no longer copied elsewhere.</source>
        <translation>Ежедневная резервная копия больше не копируется в другое место.</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматические резервные копии</translation>
    </message>
    <message>
        <source>Each day's backup is copied to {0} too.</source>
        <translation>Каждая ежедневная копия копируется и в {0}.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из копии</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.db);;All files (*)</source>
        <translation>База SQLite (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Replace everything in this database with the backup?&lt;br&gt;&lt;br&gt;&lt;b&gt;The backup&lt;/b&gt; ({0}, saved {1}): {2} contacts, {3} deals, {6} documents.&lt;br&gt;&lt;b&gt;Now&lt;/b&gt;: {4} contacts, {5} deals, {7} documents.&lt;br&gt;&lt;br&gt;What is here now is first saved as a backup beside the database.</source>
        <translation>Заменить всё в этой базе данными из копии?&lt;br&gt;&lt;br&gt;&lt;b&gt;Копия&lt;/b&gt; ({0}, сохранена {1}): контактов — {2}, сделок — {3}, документов — {6}.&lt;br&gt;&lt;b&gt;Сейчас&lt;/b&gt;: контактов — {4}, сделок — {5}, документов — {7}.&lt;br&gt;&lt;br&gt;Текущие данные сначала будут сохранены как копия рядом с базой.</translation>
    </message>
    <message>
        <source>Replace everything in this database with the backup?&lt;br&gt;&lt;br&gt;&lt;b&gt;The backup&lt;/b&gt; ({0}, saved {1}): {2} contacts, {3} deals.&lt;br&gt;&lt;b&gt;Now&lt;/b&gt;: {4} contacts, {5} deals.&lt;br&gt;&lt;br&gt;What is here now is first saved as a backup beside the database.</source>
        <translation>Заменить всё в этой базе данными из копии?&lt;br&gt;&lt;br&gt;&lt;b&gt;Копия&lt;/b&gt; ({0}, сохранена {1}): контактов — {2}, сделок — {3}.&lt;br&gt;&lt;b&gt;Сейчас&lt;/b&gt;: контактов — {4}, сделок — {5}.&lt;br&gt;&lt;br&gt;Текущие данные сначала будут сохранены как копия рядом с базой.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Restored from {0}. The data it replaced is saved as {1}</source>
        <translation>Восстановлено из {0}. Заменённые данные сохранены как {1}</translation>
    </message>
    <message>
        <source>About crm-desktop</source>
        <translation>О программе crm-desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; {1}&lt;br&gt;An offline CRM for a small business.&lt;br&gt;Database: {2}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; {1}&lt;br&gt;Офлайн-CRM для малого бизнеса.&lt;br&gt;База данных: {2}</translation>
    </message>
    <message>
        <source>Automatic backups: {0} in {1}, the newest {2}</source>
        <translation>Автоматические копии: {0} в {1}, последняя — {2}</translation>
    </message>
    <message>
        <source>Copied each day to {0}</source>
        <translation>Копируются каждый день в {0}</translation>
    </message>
    <message>
        <source>Contacts: {0}</source>
        <translation>Контактов: {0}</translation>
    </message>
    <message>
        <source>Contacts: {0} of {1}</source>
        <translation>Контактов: {0} из {1}</translation>
    </message>
    <message>
        <source>Reminders: {0} open, {1} overdue</source>
        <translation>Напоминания: открыто {0}, просрочено {1}</translation>
    </message>
</context>
<context>
    <name>ManyInteractionsDialog</name>
    <message>
        <source>Log an interaction with {0} contacts</source>
        <translation>Записать взаимодействие с контактами: {0}</translation>
    </message>
    <message>
        <source>Follow up: {0}</source>
        <translation>Повторный контакт: {0}</translation>
    </message>
    <message>
        <source>Answer complaint: {0}</source>
        <translation>Ответить на жалобу: {0}</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>жалоба</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which column is which</source>
        <translation>Какой столбец чем является</translation>
    </message>
    <message>
        <source>Guessed from the headers and the values; change any of them. Several columns can fill e-mail, phone and notes.</source>
        <translation>Определено по заголовкам и значениям; любое можно изменить. Несколько столбцов могут заполнять e-mail, телефон и заметки.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Split a full name into first and last name</source>
        <translation>Разделить полное имя на имя и фамилию</translation>
    </message>
    <message>
        <source>Country code for phone numbers written without +country code, e.g. GB, RU, IR</source>
        <translation>Код страны для номеров без +кода страны, например GB, RU, IR</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Использовать</translation>
    </message>
    <message>
        <source>Save mapping as…</source>
        <translation>Сохранить сопоставление как…</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Регион телефонов</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>Сохранённые сопоставления</translation>
    </message>
    <message>
        <source>— skip —</source>
        <translation>— пропустить —</translation>
    </message>
    <message>
        <source>— another address —</source>
        <translation>— другой адрес —</translation>
    </message>
    <message>
        <source>Read as the address of a row that has none in the first address's columns; beside one, kept in the notes</source>
        <translation>Читается как адрес строки, в которой столбцы первого адреса пусты; если первый адрес есть, сохраняется в заметках</translation>
    </message>
    <message>
        <source>as the file's numbers with +code suggest</source>
        <translation>как подсказывают номера файла с +кодом</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Сохранённое сопоставление</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Сохранить сопоставление</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Сопоставление</translation>
    </message>
    <message>
        <source>Map at least one column to a name or a company.</source>
        <translation>Сопоставьте хотя бы один столбец с именем или компанией.</translation>
    </message>
    <message>
        <source>'{0}' is not a country code such as GB, RU or IR. Phone numbers written without +code are read as that country's.</source>
        <translation>«{0}» — не код страны, как GB, RU или IR. Номера, записанные без +кода, читаются как номера этой страны.</translation>
    </message>
</context>
<context>
    <name>MarketingSpendDialog</name>
    <message>
        <source>Marketing spend</source>
        <translation>Расходы на маркетинг</translation>
    </message>
    <message>
        <source>What you spent to bring in leads (ads, fairs, listings), by lead source as your contacts have it. The funnel's metrics divide it by the leads and the new customers each source brought.</source>
        <translation>Сколько вы потратили на привлечение лидов (реклама, выставки, каталоги) по источникам, как они записаны у контактов. Показатели воронки делят эти суммы на лидов и новых клиентов, которых принёс каждый источник.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Отменить удаление</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two contacts</source>
        <translation>Объединить два контакта</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep as the record&lt;/b&gt;</source>
        <translation>&lt;b&gt;Оставить основной записью&lt;/b&gt;</translation>
    </message>
    <message>
        <source>E-mails, phones, tags, interactions, payments, deals, reminders, offers and documents of both are kept. The other record goes to the Trash; Undo separates them again.</source>
        <translation>E-mail, телефоны, метки, взаимодействия, платежи, сделки, напоминания, предложения и документы обоих сохраняются. Вторая запись уходит в корзину; «Отменить» снова разделит их.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Record a competitor's offer</source>
        <translation>Записать предложение конкурента</translation>
    </message>
    <message>
        <source>Edit competitor's offer</source>
        <translation>Изменить предложение конкурента</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Done: {0}</source>
        <translation>Выполнено: {0}</translation>
    </message>
    <message>
        <source>e.g. will order in May</source>
        <translation>например, закажет в мае</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <source>Follow up: {0}</source>
        <translation>Повторный контакт: {0}</translation>
    </message>
    <message>
        <source>is not after now</source>
        <translation>не позже текущего момента</translation>
    </message>
</context>
<context>
    <name>PartPaymentDialog</name>
    <message>
        <source>Pay part of an invoice</source>
        <translation>Оплата части счёта</translation>
    </message>
    <message>
        <source>{0} left to pay</source>
        <translation>осталось оплатить: {0}</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Оплачен</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Add an invoice or payment</source>
        <translation>Добавить счёт или платёж</translation>
    </message>
    <message>
        <source>Edit invoice or payment</source>
        <translation>Изменить счёт или платёж</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>Уже оплачено</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Дата счёта</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>PaymentMappingPage</name>
    <message>
        <source>Which column is which</source>
        <translation>Какой столбец чем является</translation>
    </message>
    <message>
        <source>Found from the headers; change any of them. A payment needs its amount, and its customer or their e-mail.</source>
        <translation>Найдено по заголовкам; любое можно изменить. Платежу нужны сумма и клиент или его e-mail.</translation>
    </message>
    <message>
        <source>Date invoices paid on a day the file does not give by their due day</source>
        <translation>Датировать сроком оплаты счета, оплаченные в день, которого нет в файле</translation>
    </message>
    <message>
        <source>Such as a balance of 0 with no paid date, in an accounting program's invoice list. Without a due day, the invoice date is taken. Unticked, these rows are refused, so that you can give the day they were paid: it tells whether they were paid on time.</source>
        <translation>Например, нулевой остаток без даты оплаты в реестре счетов бухгалтерской программы. Если срока оплаты нет, берётся дата счёта. Без галочки такие строки отклоняются, чтобы вы указали день оплаты: по нему видно, оплачен ли счёт вовремя.</translation>
    </message>
    <message>
        <source>— skip —</source>
        <translation>— пропустить —</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Сопоставление</translation>
    </message>
    <message>
        <source>Only one column can give {0}.</source>
        <translation>{0} может давать только один столбец.</translation>
    </message>
    <message>
        <source>Choose the column of the amount, and of the customer or their e-mail.</source>
        <translation>Выберите столбец суммы и столбец клиента или его e-mail.</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>Contacts you have already</source>
        <translation>Контакты, которые уже есть</translation>
    </message>
    <message>
        <source>A row is the same contact when the e-mail or the phone matches, or the name and the company do. Repeats within the file are handled the same way.</source>
        <translation>Строка считается тем же контактом, если совпадает e-mail или телефон либо имя вместе с компанией. Повторы внутри файла обрабатываются так же.</translation>
    </message>
    <message>
        <source>Filling in or overwriting adds the file's e-mails, phones and tags to those the contact has; none are removed. Every change can be undone (File &gt; Undo last import).</source>
        <translation>При заполнении или перезаписи эл. адреса, телефоны и теги из файла добавляются к тем, что у контакта уже есть; ничего не удаляется. Любое изменение можно отменить (Файл &gt; Отменить последний импорт).</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>New reminder</source>
        <translation>Новое напоминание</translation>
    </message>
    <message>
        <source>Edit reminder</source>
        <translation>Изменить напоминание</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>Через 1 час</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Завтра в 9:00</translation>
    </message>
    <message>
        <source>Next Monday</source>
        <translation>В следующий понедельник</translation>
    </message>
    <message>
        <source>In 1 month</source>
        <translation>Через 1 месяц</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Не повторяется</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Каждый день</translation>
    </message>
    <message>
        <source>Every week on this weekday</source>
        <translation>Каждую неделю в этот день</translation>
    </message>
    <message>
        <source>Every month on this day</source>
        <translation>Каждый месяц в этот день</translation>
    </message>
    <message>
        <source>Every month on this weekday (e.g. third Sunday)</source>
        <translation>Каждый месяц в этот день недели (например, третье воскресенье)</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Каждый год</translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation>Каждые N дней</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>As now: {0}</source>
        <translation>Как сейчас: {0}</translation>
    </message>
    <message>
        <source>choose a contact from the suggestions, or leave empty</source>
        <translation>выберите контакт из подсказок или оставьте пустым</translation>
    </message>
</context>
<context>
    <name>RemindersPane</name>
    <message>
        <source>&lt;b&gt;Suggested&lt;/b&gt;</source>
        <translation>&lt;b&gt;Предложения&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Fell due while crm-desktop was closed: {0}</source>
        <translation>Наступил срок, пока crm-desktop был закрыт: {0}</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>{0} reminders are due</source>
        <translation>Наступил срок напоминаний: {0}</translation>
    </message>
    <message>
        <source>Service level: {0} broken, {1} due within the hour</source>
        <translation>Сроки ответа: нарушено {0}, истекает в течение часа {1}</translation>
    </message>
    <message>
        <source>owes {0}, due {1}</source>
        <translation>должен {0}, срок {1}</translation>
    </message>
    <message>
        <source>buys every {0} days; none since {1}</source>
        <translation>покупает раз в {0} дн.; с {1} — ни разу</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>birthday {0}, turns {1}</source>
        <translation>день рождения {0}, исполняется {1}</translation>
    </message>
    <message>
        <source>birthday {0}</source>
        <translation>день рождения {0}</translation>
    </message>
    <message>
        <source>no contact since {0}</source>
        <translation>нет контакта с {0}</translation>
    </message>
    <message>
        <source>lost “{0}” lately</source>
        <translation>недавно проиграна сделка «{0}»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to follow up.&lt;/b&gt;&lt;br&gt;&lt;br&gt;A reminder (call back, send the contract, follow up an offer) can be tied to a contact or a deal.</source>
        <translation>&lt;b&gt;Напоминаний нет.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Напоминание (перезвонить, отправить договор, уточнить по предложению) можно привязать к контакту или сделке.</translation>
    </message>
    <message>
        <source>Reminder done</source>
        <translation>Напоминание выполнено</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 минут</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 час</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Завтра в 9:00</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>На следующей неделе</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <source>Delete reminder</source>
        <translation>Удалить напоминание</translation>
    </message>
    <message>
        <source>Done, and log the outcome…</source>
        <translation>Выполнено, записать итог…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>До…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>New reminder…</source>
        <translation>Новое напоминание…</translation>
    </message>
    <message>
        <source>Double-click to plan a call tomorrow</source>
        <translation>Двойной щелчок — запланировать звонок на завтра</translation>
    </message>
    <message>
        <source>Double-click to plan greetings on the day</source>
        <translation>Двойной щелчок — запланировать поздравление на этот день</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Отложить до</translation>
    </message>
    <message>
        <source>Birthday greetings</source>
        <translation>Поздравить с днём рождения</translation>
    </message>
    <message>
        <source>Chase payment: invoice {0}</source>
        <translation>Напомнить об оплате: счёт {0}</translation>
    </message>
    <message>
        <source>Check-in call: buys every {0} days</source>
        <translation>Звонок клиенту: покупает раз в {0} дн.</translation>
    </message>
    <message>
        <source>Win-back call</source>
        <translation>Звонок для возврата</translation>
    </message>
</context>
<context>
    <name>ReportPeriodDialog</name>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>The first day comes after the last.</source>
        <translation>Первый день позже последнего.</translation>
    </message>
</context>
<context>
    <name>SavedViewsButton</name>
    <message>
        <source>Views</source>
        <translation>Представления</translation>
    </message>
    <message>
        <source>Searches and filters kept under a name, to open again</source>
        <translation>Поиски и фильтры, сохранённые под именем, чтобы открыть их снова</translation>
    </message>
    <message>
        <source>Save this view…</source>
        <translation>Сохранить это представление…</translation>
    </message>
    <message>
        <source>Delete a view</source>
        <translation>Удалить представление</translation>
    </message>
    <message>
        <source>Save this view</source>
        <translation>Сохранить это представление</translation>
    </message>
    <message>
        <source>Name of the view (its search, filters, order and columns are kept; days are counted from whenever it is opened):</source>
        <translation>Имя представления (сохраняются его поиск, фильтры, порядок и столбцы; дни отсчитываются от момента, когда его открывают):</translation>
    </message>
    <message>
        <source>Replace the view “{0}”?</source>
        <translation>Заменить представление «{0}»?</translation>
    </message>
    <message>
        <source>Delete the view “{0}”? The contacts it shows stay as they are.</source>
        <translation>Удалить представление «{0}»? Контакты, которые оно показывает, останутся как есть.</translation>
    </message>
</context>
<context>
    <name>ScoringDialog</name>
    <message>
        <source>Lead scoring rules</source>
        <translation>Правила оценки лидов</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Добавить правило</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Удалить правило</translation>
    </message>
    <message>
        <source>Each rule that holds adds its points (negative points subtract). Scores are worked out again on saving.</source>
        <translation>Каждое выполненное правило добавляет свои баллы (отрицательные вычитаются). Оценки пересчитываются при сохранении.</translation>
    </message>
</context>
<context>
    <name>ServiceLevelsDialog</name>
    <message>
        <source>Service levels and win-back</source>
        <translation>Сроки ответа и возврат клиентов</translation>
    </message>
    <message>
        <source>Segment (empty: any)</source>
        <translation>Сегмент (пусто: любой)</translation>
    </message>
    <message>
        <source>VIP only</source>
        <translation>Только VIP</translation>
    </message>
    <message>
        <source>Answer within, hours</source>
        <translation>Ответить в течение, ч</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Suggest a win-back call after</source>
        <translation>Предлагать звонок для возврата через</translation>
    </message>
    <message>
        <source>A complaint creates a reminder due at the promised time; the first line that fits the customer counts (VIP lines first).</source>
        <translation>Жалоба создаёт напоминание на обещанный срок; действует первая подходящая клиенту строка (сначала строки VIP).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Contacts › open the selected contact</source>
        <translation>Контакты › открыть выбранный контакт</translation>
    </message>
    <message>
        <source>Contacts › move the selected contacts to the Trash</source>
        <translation>Контакты › переместить выбранные контакты в корзину</translation>
    </message>
    <message>
        <source>Funnel › open the selected deal</source>
        <translation>Воронка › открыть выбранную сделку</translation>
    </message>
    <message>
        <source>Funnel › delete the selected deal</source>
        <translation>Воронка › удалить выбранную сделку</translation>
    </message>
    <message>
        <source>Funnel › move the selected deal to the next or previous stage</source>
        <translation>Воронка › перенести выбранную сделку на следующий или предыдущий этап</translation>
    </message>
    <message>
        <source>A row's, a card's or a reminder's menu</source>
        <translation>Меню строки, карточки или напоминания</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Fold or unfold this column</source>
        <translation>Свернуть или развернуть столбец</translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>Нет сделок</translation>
    </message>
    <message>
        <source>Total {0}
Weighted {1}</source>
        <translation>Всего {0}
Взвешенно {1}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>What will happen</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>Checked against your contacts. Import writes exactly this; Back or Cancel leave everything as it was.</source>
        <translation>Проверено по вашим контактам. «Импорт» запишет ровно это; «Назад» или «Отмена» оставят всё как было.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Save refused rows as CSV…</source>
        <translation>Сохранить отклонённые строки в CSV…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was changed.</source>
        <translation>Проверка отменена; ничего не изменено.</translation>
    </message>
    <message>
        <source>, empty rows ignored: {0}</source>
        <translation>, пропущено пустых строк: {0}</translation>
    </message>
    <message>
        <source>, companies to add for the people: {0}</source>
        <translation>, компаний, которые будут добавлены для людей: {0}</translation>
    </message>
    <message>
        <source>New deals: &lt;b&gt;{0}&lt;/b&gt; (new contacts: {1}), already there: &lt;b&gt;{2}&lt;/b&gt;, refused: &lt;b&gt;{3}&lt;/b&gt;{4}. Nothing has been written yet.</source>
        <translation>Новых сделок: &lt;b&gt;{0}&lt;/b&gt; (и новых контактов: {1}), уже есть: &lt;b&gt;{2}&lt;/b&gt;, отклонено: &lt;b&gt;{3}&lt;/b&gt;{4}. Пока ничего не записано.</translation>
    </message>
    <message>
        <source>New payments: &lt;b&gt;{0}&lt;/b&gt; (new contacts: {1}), invoices now paid, in whole or in part: &lt;b&gt;{2}&lt;/b&gt;, already there: &lt;b&gt;{3}&lt;/b&gt;, refused: &lt;b&gt;{4}&lt;/b&gt;{5}. Nothing has been written yet.</source>
        <translation>Новых платежей: &lt;b&gt;{0}&lt;/b&gt; (новых контактов: {1}), счетов теперь оплачено полностью или частично: &lt;b&gt;{2}&lt;/b&gt;, уже есть: &lt;b&gt;{3}&lt;/b&gt;, отклонено: &lt;b&gt;{4}&lt;/b&gt;{5}. Пока ничего не записано.</translation>
    </message>
    <message>
        <source>New: &lt;b&gt;{0}&lt;/b&gt;, updated: &lt;b&gt;{1}&lt;/b&gt;, duplicates skipped: &lt;b&gt;{2}&lt;/b&gt;, refused: &lt;b&gt;{3}&lt;/b&gt;{4}. Nothing has been written yet.</source>
        <translation>Новых: &lt;b&gt;{0}&lt;/b&gt;, обновлено: &lt;b&gt;{1}&lt;/b&gt;, дубликатов пропущено: &lt;b&gt;{2}&lt;/b&gt;, отклонено: &lt;b&gt;{3}&lt;/b&gt;{4}. Пока ничего не записано.</translation>
    </message>
    <message>
        <source>Columns not imported (no field chosen): {0}</source>
        <translation>Столбцы, которые не будут импортированы (поле не выбрано): {0}</translation>
    </message>
    <message>
        <source>Imported as typed, to check later: {0}</source>
        <translation>Импортируются как введены, проверьте позже: {0}</translation>
    </message>
    <message>
        <source>Imported as typed, to check later: {0} (the first {1} listed)</source>
        <translation>Импортируются как введены, проверьте позже: {0} (показаны первые {1})</translation>
    </message>
    <message>
        <source>Save refused rows</source>
        <translation>Сохранить отклонённые строки</translation>
    </message>
    <message>
        <source>Refused rows saved: {0}, in {1}</source>
        <translation>Отклонённые строки сохранены: {0}, в {1}</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Double-click a tag to rename it on every contact. Give it the name of another tag and the two become one. Contacts in the Trash keep their tags too.</source>
        <translation>Дважды щёлкните метку, чтобы переименовать её у всех контактов. Дайте ей имя другой метки — и они станут одной. Контакты в корзине тоже сохраняют свои метки.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>No tags yet. Tag contacts in their editor, or select several and choose Add tag… from the right-click menu.</source>
        <translation>Меток пока нет. Задайте их в карточке контакта или выделите несколько контактов и выберите «Добавить метку…» в контекстном меню.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Show its contacts</source>
        <translation>Показать её контакты</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Красный</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Оранжевый</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Бирюзовый</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Фиолетовый</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Серый</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Объединение меток</translation>
    </message>
    <message>
        <source>“{0}” is a tag already ({1} contacts). Make “{2}” part of it?</source>
        <translation>Метка «{0}» уже есть (контактов: {1}). Объединить с ней «{2}»?</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Удалить метку</translation>
    </message>
    <message>
        <source>Take “{0}” off {1} contacts and delete it? Undo puts it back.</source>
        <translation>Снять метку «{0}» с контактов ({1}) и удалить её? Отмена вернёт её.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Изменить контакт</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>В корзину</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>Восстановление из корзины</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Добавить метку</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Снять метку</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Переименовать метку</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Удалить метку</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Цвет метки</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Добавление документов</translation>
    </message>
    <message>
        <source>Remove documents</source>
        <translation>Удаление документов</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Записать взаимодействие</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>Изменение: {0}</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Объединение контактов</translation>
    </message>
    <message>
        <source>Move deal</source>
        <translation>Перемещение сделки</translation>
    </message>
    <message>
        <source>Archive {0} deals</source>
        <translation>Архивирование сделок ({0})</translation>
    </message>
    <message>
        <source>Bring {0} deals back</source>
        <translation>Возврат сделок ({0})</translation>
    </message>
    <message>
        <source>Archive deal</source>
        <translation>Сделка в архив</translation>
    </message>
    <message>
        <source>Bring deal back</source>
        <translation>Возврат сделки</translation>
    </message>
    <message>
        <source>Delete {0} deals</source>
        <translation>Удаление сделок ({0})</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Удаление сделки</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Изменить: {0}</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>Удалить: {0}</translation>
    </message>
    <message>
        <source>Pay part of an invoice</source>
        <translation>Оплата части счёта</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>взаимодействие</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>платёж</translation>
    </message>
    <message>
        <source>competitor's offer</source>
        <translation>предложение конкурента</translation>
    </message>
</context>
<context>
    <name>UnhandledError</name>
    <message>
        <source>Something went wrong in crm-desktop, and what you were doing may not have been saved. What was saved before is safe.</source>
        <translation>В crm-desktop произошла ошибка, и последнее действие могло не сохраниться. Всё, что было сохранено раньше, в целости.</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
</TS>