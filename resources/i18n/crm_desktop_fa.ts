<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fa_IR">
<context>
    <name />
    <message>
        <source>The database is busy: another crm-desktop window or command is writing to it. Nothing was written; try again when it has finished.</source>
        <translation>پایگاه داده مشغول است: پنجره یا فرمان دیگری از crm-desktop در حال نوشتن در آن است. چیزی نوشته نشد؛ وقتی کارش تمام شد دوباره بکوشید.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>پوشهٔ {0} وجود ندارد.</translation>
    </message>
    <message>
        <source>Cannot create {0}: the folder is read-only.</source>
        <translation>ساختن {0} ممکن نیست: پوشه فقط‌خواندنی است.</translation>
    </message>
    <message>
        <source>{0} is a folder, not a database file.</source>
        <translation>{0} پوشه است، نه فایل پایگاه داده.</translation>
    </message>
    <message>
        <source>Cannot read {0}: permission denied.</source>
        <translation>خواندن {0} ممکن نیست: اجازهٔ دسترسی نیست.</translation>
    </message>
    <message>
        <source>{0} is not a crm-desktop database (not a SQLite file).</source>
        <translation>{0} پایگاه داده crm-desktop نیست (فایل SQLite نیست).</translation>
    </message>
    <message>
        <source>{0} is read-only (the file or its folder cannot be written); crm-desktop needs to write to its database.</source>
        <translation>{0} فقط‌خواندنی است (در فایل یا پوشه‌اش نمی‌توان نوشت)؛ crm-desktop باید در پایگاه داده‌اش بنویسد.</translation>
    </message>
    <message>
        <source>{0} is not a usable SQLite database ({1}).</source>
        <translation>{0} پایگاه داده SQLite قابل‌استفاده‌ای نیست ({1}).</translation>
    </message>
    <message>
        <source>Cannot open {0}: {1}</source>
        <translation>باز کردن {0} ممکن نیست: {1}</translation>
    </message>
    <message>
        <source>Cannot update the database {0}: {1}</source>
        <translation>به‌روزرسانی پایگاه داده {0} ممکن نیست: {1}</translation>
    </message>
    <message>
        <source>This file is a SQLite database, but not a crm-desktop database; it was left unchanged.</source>
        <translation>این فایل پایگاه داده SQLite است، اما پایگاه داده crm-desktop نیست؛ دست‌نخورده ماند.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of crm-desktop (schema {0}, this version knows up to {1}). Update crm-desktop to open it; the file was left unchanged.</source>
        <translation>این پایگاه داده را نسخهٔ تازه‌تری از crm-desktop ساخته است (طرح {0}، این نسخه تا {1} را می‌شناسد). برای باز کردن آن crm-desktop را به‌روز کنید؛ فایل دست‌نخورده ماند.</translation>
    </message>
    <message>
        <source>cannot read {0}: {1}</source>
        <translation>خواندن {0} ممکن نیست: {1}</translation>
    </message>
    <message>
        <source>{0} is not a text file (it holds binary data)</source>
        <translation>{0} فایل متنی نیست (داده‌های دودویی دارد)</translation>
    </message>
    <message>
        <source>{0} is empty</source>
        <translation>{0} خالی است</translation>
    </message>
    <message>
        <source>this row is not UTF-8 like the rest of the file; it was read as {0}: check its text</source>
        <translation>این ردیف مانند بقیهٔ پرونده UTF-8 نیست؛ با {0} خوانده شد: متن آن را بررسی کنید</translation>
    </message>
    <message>
        <source>row {0} of {1} cannot be read: {2}</source>
        <translation>ردیف {0} از {1} خوانده نمی‌شود: {2}</translation>
    </message>
    <message>
        <source>a quote (") opens in this row and does not close in it; the rows after it were read on their own. Fix the quote and import this row again</source>
        <translation>در این ردیف یک گیومه (") باز می‌شود و در همین ردیف بسته نمی‌شود؛ ردیف‌های پس از آن جداگانه خوانده شدند. گیومه را درست کنید و این ردیف را دوباره درون‌ریزی کنید</translation>
    </message>
    <message>
        <source>there is no import {0}</source>
        <translation>درون‌ریزی {0} وجود ندارد</translation>
    </message>
    <message>
        <source>import {0} was undone already</source>
        <translation>درون‌ریزی {0} پیش‌تر واگردانده شده است</translation>
    </message>
    <message>
        <source>undo cancelled; nothing was changed</source>
        <translation>واگردانی لغو شد؛ چیزی تغییر نکرد</translation>
    </message>
    <message>
        <source>{0} does not exist</source>
        <translation>{0} وجود ندارد</translation>
    </message>
    <message>
        <source>{0} is a folder, not a file</source>
        <translation>{0} پوشه است، نه فایل</translation>
    </message>
    <message>
        <source>must be one of {0}</source>
        <translation>باید یکی از این‌ها باشد: {0}</translation>
    </message>
    <message>
        <source>the mapping does not fit this file's columns</source>
        <translation>نگاشت با ستون‌های این فایل جور نیست</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>نوشتن {0} ممکن نیست: {1}</translation>
    </message>
    <message>
        <source>import cancelled; nothing was changed</source>
        <translation>درون‌ریزی لغو شد؛ چیزی تغییر نکرد</translation>
    </message>
    <message>
        <source>there is no stage named '{0}'</source>
        <translation>مرحله‌ای به نام «{0}» وجود ندارد</translation>
    </message>
    <message>
        <source>there is no loss reason named '{0}'</source>
        <translation>دلیلی به نام «{0}» برای از دست رفتن وجود ندارد</translation>
    </message>
    <message>
        <source>the row names no contact</source>
        <translation>ردیف هیچ مخاطبی را نام نمی‌برد</translation>
    </message>
    <message>
        <source>'{0}' is not a date like 2026-03-31 or 31.03.2026</source>
        <translation>«{0}» تاریخی مانند 2026-03-31 یا 31.03.2026 نیست</translation>
    </message>
    <message>
        <source>'{0}': is it day/month or month/day? Nothing in the file says; write it as 2026-03-31</source>
        <translation>«{0}»: روز/ماه است یا ماه/روز؟ هیچ چیز در پرونده این را نمی‌گوید؛ تاریخ را به شکل 2026-03-31 بنویسید</translation>
    </message>
    <message>
        <source>'{0}' is not a day of the Persian calendar, such as 1403/05/12</source>
        <translation>«{0}» روزی از تقویم خورشیدی نیست، مانند 1403/05/12</translation>
    </message>
    <message>
        <source>cannot decode {0}: {1}</source>
        <translation>رمزگشایی {0} ممکن نیست: {1}</translation>
    </message>
    <message>
        <source>reading {0} failed: {1}</source>
        <translation>خواندن {0} ناموفق بود: {1}</translation>
    </message>
    <message>
        <source>no mapped column has a value</source>
        <translation>هیچ ستون نگاشته‌شده‌ای مقدار ندارد</translation>
    </message>
    <message>
        <source>the row has no name and no company</source>
        <translation>ردیف نه نام دارد و نه شرکت</translation>
    </message>
    <message>
        <source>holds what look like other rows of the file: a quotation mark out of place has run them into this one; put it right and import these rows again</source>
        <translation>چیزی شبیه سطرهای دیگر پرونده در آن است: یک گیومهٔ نابه‌جا آن‌ها را به این سطر چسبانده است؛ آن را درست کنید و این سطرها را دوباره وارد کنید</translation>
    </message>
    <message>
        <source>'{0}' is not lead, customer or lost</source>
        <translation>«{0}» هیچ‌یک از سرنخ، مشتری یا از دست رفته نیست</translation>
    </message>
    <message>
        <source>phone '{0}' {1}</source>
        <translation>تلفن «{0}» {1}</translation>
    </message>
    <message>
        <source>runs over several lines: a quotation mark out of place in the file has run rows together; put it right and import this row again</source>
        <translation>در چند خط آمده است: یک گیومهٔ نابه‌جا در پرونده چند سطر را به هم چسبانده است؛ آن را درست کنید و این سطر را دوباره وارد کنید</translation>
    </message>
    <message>
        <source>choose the column of the amount, and of the customer or their e-mail</source>
        <translation>ستون مبلغ و ستون مشتری یا ایمیل او را برگزینید</translation>
    </message>
    <message>
        <source>its status is '{0}': not an invoice or payment to keep</source>
        <translation>وضعیتش «{0}» است: صورت‌حساب یا پرداختی برای نگه‌داشتن نیست</translation>
    </message>
    <message>
        <source>a refund or credit note (a negative amount) is not a payment</source>
        <translation>بازپرداخت یا یادداشت بستانکاری (مبلغ منفی) پرداخت نیست</translation>
    </message>
    <message>
        <source>says paid, but not when: give the day, such as 2026-03-31, or have such invoices dated by their due day</source>
        <translation>می‌گوید پرداخت شده، اما نه کی: روز را بنویسید، مانند 2026-03-31، یا بگذارید چنین صورت‌حساب‌هایی با روز سررسیدشان تاریخ بخورند</translation>
    </message>
    <message>
        <source>{0} of it is paid, but the row does not say when: give the day it was paid, such as 2026-03-31, or have such invoices dated by their due day</source>
        <translation>{0} از آن پرداخت شده، اما ردیف نمی‌گوید کی: روز پرداخت را بدهید، مانند 2026-03-31، یا بگذارید چنین صورت‌حساب‌هایی با روز سررسیدشان تاریخ بخورند</translation>
    </message>
    <message>
        <source>is longer than {0} characters</source>
        <translation>بلندتر از {0} نویسه است</translation>
    </message>
    <message>
        <source>the amount says {0} and this column {1}</source>
        <translation>مبلغ {0} می‌گوید و این ستون {1}</translation>
    </message>
    <message>
        <source>cannot be below zero</source>
        <translation>نمی‌تواند کمتر از صفر باشد</translation>
    </message>
    <message>
        <source>is more than the amount, {0}</source>
        <translation>بیشتر از مبلغ است، {0}</translation>
    </message>
    <message>
        <source>the row gives no amount</source>
        <translation>سطر مبلغی ندارد</translation>
    </message>
    <message>
        <source>the amount says {0} and the currency column {1}</source>
        <translation>مبلغ {0} می‌گوید و ستون ارز {1}</translation>
    </message>
    <message>
        <source>paid on a day the file does not give: dated by its due day, {0}</source>
        <translation>در روزی پرداخت شده که فایل نمی‌گوید: با روز سررسیدش تاریخ خورد، {0}</translation>
    </message>
    <message>
        <source>{0} has no deal '{1}': the payment is kept without it</source>
        <translation>{0} معامله‌ای به نام «{1}» ندارد: پرداخت بدون آن نگه داشته شد</translation>
    </message>
    <message>
        <source>a saved mapping needs a name</source>
        <translation>نگاشت ذخیره‌شده به نام نیاز دارد</translation>
    </message>
    <message>
        <source>there is no saved mapping '{0}'; saved: {1}</source>
        <translation>نگاشت ذخیره‌شدهٔ «{0}» وجود ندارد؛ ذخیره‌شده‌ها: {1}</translation>
    </message>
    <message>
        <source>there is no saved mapping '{0}'</source>
        <translation>نگاشت ذخیره‌شدهٔ «{0}» وجود ندارد</translation>
    </message>
    <message>
        <source>the mapping '{0}' is for a file with {1} columns; this one has {2}</source>
        <translation>نگاشت «{0}» برای فایلی با {1} ستون است؛ این فایل {2} ستون دارد</translation>
    </message>
    <message>
        <source>{0} cannot be read as a spreadsheet: {1}</source>
        <translation>{0} را نمی‌توان به‌عنوان صفحه‌گسترده خواند: {1}</translation>
    </message>
    <message>
        <source>{0} has no sheets</source>
        <translation>{0} هیچ برگه‌ای ندارد</translation>
    </message>
    <message>
        <source>no sheet '{0}' in {1}; it has: {2}</source>
        <translation>برگهٔ «{0}» در {1} نیست؛ برگه‌های آن: {2}</translation>
    </message>
    <message>
        <source>the sheet '{0}' is empty</source>
        <translation>برگهٔ «{0}» خالی است</translation>
    </message>
    <message>
        <source>{0} holds no vCard (no BEGIN:VCARD)</source>
        <translation>{0} هیچ vCard ندارد (BEGIN:VCARD نیست)</translation>
    </message>
    <message>
        <source>the file ends inside this card (no END:VCARD): it may have been cut short</source>
        <translation>پرونده در میان این کارت تمام می‌شود (END:VCARD ندارد): شاید ناقص ذخیره شده باشد</translation>
    </message>
    <message>
        <source>this card cannot be read: {0}</source>
        <translation>این کارت خوانده نمی‌شود: {0}</translation>
    </message>
    <message>
        <source>a line that is not a vCard property was skipped: '{0}'</source>
        <translation>سطری که ویژگی vCard نیست نادیده گرفته شد: «{0}»</translation>
    </message>
    <message>
        <source>page {0} of {1}</source>
        <translation>صفحهٔ {0} از {1}</translation>
    </message>
    <message>
        <source>In the Trash</source>
        <translation>در زباله‌دان</translation>
    </message>
    <message>
        <source>Search: “{0}”</source>
        <translation>جست‌وجو: «{0}»</translation>
    </message>
    <message>
        <source>People only</source>
        <translation>فقط اشخاص</translation>
    </message>
    <message>
        <source>Companies only</source>
        <translation>فقط شرکت‌ها</translation>
    </message>
    <message>
        <source>{0} chosen contacts</source>
        <translation>{0} مخاطب برگزیده</translation>
    </message>
    <message>
        <source>Tag: {0}</source>
        <translation>برچسب: {0}</translation>
    </message>
    <message>
        <source>Segment: {0}</source>
        <translation>بخش: {0}</translation>
    </message>
    <message>
        <source>Industry: {0}</source>
        <translation>صنعت: {0}</translation>
    </message>
    <message>
        <source>City or region: {0}</source>
        <translation>شهر یا استان: {0}</translation>
    </message>
    <message>
        <source>Country: {0}</source>
        <translation>کشور: {0}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>منبع: {0}</translation>
    </message>
    <message>
        <source>VIP only</source>
        <translation>فقط VIP</translation>
    </message>
    <message>
        <source>Not VIP</source>
        <translation>غیر VIP</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>مشتریان ازدست‌رفته</translation>
    </message>
    <message>
        <source>No contact since {0}</source>
        <translation>بی‌تماس از {0}</translation>
    </message>
    <message>
        <source>Overdue to buy</source>
        <translation>خرید عقب‌افتاده</translation>
    </message>
    <message>
        <source>Owing money</source>
        <translation>بدهکار</translation>
    </message>
    <message>
        <source>A birthday within {0} days</source>
        <translation>تولد در {0} روز آینده</translation>
    </message>
    <message>
        <source>{0} contacts are too many for a printed list (at most {1}): narrow them with a search or the filters, or export them to a spreadsheet</source>
        <translation>{0} مخاطب برای فهرست چاپی زیاد است (حداکثر {1}): با جست‌وجو یا فیلترها محدودشان کنید، یا آن‌ها را به صفحه‌گسترده صادر کنید</translation>
    </message>
    <message>
        <source>report cancelled</source>
        <translation>گزارش لغو شد</translation>
    </message>
    <message>
        <source>Contact list: {0}</source>
        <translation>فهرست مخاطبان: {0}</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>فهرست مخاطبان</translation>
    </message>
    <message>
        <source>{0} contacts, as of {1}</source>
        <translation>{0} مخاطب، تا {1}</translation>
    </message>
    <message>
        <source>★ VIP</source>
        <translation>★ VIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>No contact matches.</source>
        <translation>هیچ مخاطبی با این شرایط نیست.</translation>
    </message>
    <message>
        <source>page size must be {0}</source>
        <translation>اندازهٔ صفحه باید {0} باشد</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>از {0} تا {1}</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <source>The board today</source>
        <translation>تابلو امروز</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معامله‌ها</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>ارزش کل</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>ارزش وزنی</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>در این دوره</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <source>Deals created</source>
        <translation>معامله‌های ساخته‌شده</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>برنده</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>از دست رفته</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>نرخ برد</translation>
    </message>
    <message>
        <source>Average sales cycle</source>
        <translation>میانگین چرخه فروش</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} روز</translation>
    </message>
    <message>
        <source>Conversion {0} → {1}</source>
        <translation>تبدیل {0} ← {1}</translation>
    </message>
    <message>
        <source>Days in {0}</source>
        <translation>روزها در «{0}»</translation>
    </message>
    <message>
        <source>Loss reasons</source>
        <translation>دلیل‌های از دست رفتن</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>هزینهٔ جذب</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>سرنخ‌ها</translation>
    </message>
    <message>
        <source>Per lead</source>
        <translation>به ازای هر سرنخ</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>به ازای هر مشتری</translation>
    </message>
    <message>
        <source>Weighted forecast by month of expected close</source>
        <translation>پیش‌بینی وزنی بر پایهٔ ماه بسته‌شدن مورد انتظار</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>Interactions by kind</source>
        <translation>تعامل‌ها بر پایهٔ نوع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>ماه به ماه</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>هفته به هفته</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>هفتهٔ</translation>
    </message>
    <message>
        <source>Reminders done</source>
        <translation>یادآورهای انجام‌شده</translation>
    </message>
    <message>
        <source>Interactions ({0})</source>
        <translation>تعامل‌ها ({0})</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Reminders done ({0})</source>
        <translation>یادآورهای انجام‌شده ({0})</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>یادآور</translation>
    </message>
    <message>
        <source>overdue: {0}, the oldest {1} day late</source>
        <translation>سررسیدگذشته: {0}، قدیمی‌ترین {1} روز دیر</translation>
    </message>
    <message>
        <source>overdue: {0}, the oldest {1} days late</source>
        <translation>سررسیدگذشته: {0}، قدیمی‌ترین {1} روز دیر</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>بدهکار است</translation>
    </message>
    <message>
        <source>Customer for</source>
        <translation>مدت مشتری بودن</translation>
    </message>
    <message>
        <source>less than a month</source>
        <translation>کمتر از یک ماه</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>یک ماه</translation>
    </message>
    <message>
        <source>{0} months</source>
        <translation>{0} ماه</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>یک سال</translation>
    </message>
    <message>
        <source>{0} years</source>
        <translation>{0} سال</translation>
    </message>
    <message>
        <source>Paid on time</source>
        <translation>پرداخت به‌موقع</translation>
    </message>
    <message>
        <source>{0} of 5</source>
        <translation>{0} از ۵</translation>
    </message>
    <message>
        <source>Contacts, 12 months</source>
        <translation>تماس‌ها در ۱۲ ماه</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>شکایت‌های باز</translation>
    </message>
    <message>
        <source>Cost to serve, 12 months</source>
        <translation>هزینهٔ خدمت‌رسانی، ۱۲ ماه</translation>
    </message>
    <message>
        <source>every {0} days; last on {1}</source>
        <translation>هر {0} روز؛ آخرین بار {1}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>خرید عقب افتاده</translation>
    </message>
    <message>
        <source>Buys</source>
        <translation>خرید</translation>
    </message>
    <message>
        <source>there is no contact {0}</source>
        <translation>مخاطب {0} وجود ندارد</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>تعامل‌ها</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>{0} day late</source>
        <translation>{0} روز دیر</translation>
    </message>
    <message>
        <source>{0} days late</source>
        <translation>{0} روز دیر</translation>
    </message>
    <message>
        <source>unpaid, {0} day late</source>
        <translation>پرداخت‌نشده، {0} روز دیر</translation>
    </message>
    <message>
        <source>unpaid, {0} days late</source>
        <translation>پرداخت‌نشده، {0} روز دیر</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>Revenue, lifetime</source>
        <translation>درآمد در کل</translation>
    </message>
    <message>
        <source>Revenue per contact</source>
        <translation>درآمد به ازای هر تماس</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>به‌موقع</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>صورت‌حساب</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>به‌موقع</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>بستن پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>Competitor offers</source>
        <translation>پیشنهادهای رقیبان</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>رقیب</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>افزوده شد</translation>
    </message>
    <message>
        <source>Changes to the record</source>
        <translation>تغییرات رکورد</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>پیش از</translation>
    </message>
    <message>
        <source>After</source>
        <translation>پس از</translation>
    </message>
    <message>
        <source>Customer profile: {0}</source>
        <translation>نمایهٔ مشتری: {0}</translation>
    </message>
    <message>
        <source>backup cancelled</source>
        <translation>پشتیبان‌گیری لغو شد</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database it copies.</source>
        <translation>پشتیبان نمی‌تواند روی پایگاه داده‌ای که از آن رونوشت می‌گیرد بنویسد.</translation>
    </message>
    <message>
        <source>Cannot write the backup {0}: {1}</source>
        <translation>نوشتن پشتیبان {0} ممکن نیست: {1}</translation>
    </message>
    <message>
        <source>The backup {0} failed its integrity check: {1}</source>
        <translation>پشتیبان {0} در بررسی درستی رد شد: {1}</translation>
    </message>
    <message>
        <source>{0} is an empty database: there is nothing to restore.</source>
        <translation>{0} پایگاه داده‌ای خالی است: چیزی برای بازگردانی نیست.</translation>
    </message>
    <message>
        <source>{0} is damaged ({1}); it cannot be restored.</source>
        <translation>{0} آسیب دیده است ({1})؛ نمی‌توان آن را بازگرداند.</translation>
    </message>
    <message>
        <source>{0} is not a crm-desktop backup: {1}</source>
        <translation>{0} پشتیبان crm-desktop نیست: {1}</translation>
    </message>
    <message>
        <source>{0} is the open database itself, not a backup of it.</source>
        <translation>{0} خودِ پایگاه داده باز است، نه پشتیبانی از آن.</translation>
    </message>
    <message>
        <source>restore cancelled; nothing was changed</source>
        <translation>بازگردانی لغو شد؛ چیزی تغییر نکرد</translation>
    </message>
    <message>
        <source>Restoring {0} failed, nothing was changed: {1}</source>
        <translation>بازگردانی {0} ناموفق بود، چیزی تغییر نکرد: {1}</translation>
    </message>
    <message>
        <source>unknown field(s): {0}</source>
        <translation>فیلدهای ناشناخته: {0}</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>نام لازم است</translation>
    </message>
    <message>
        <source>must be a whole number of employees</source>
        <translation>باید شمار درستی از کارکنان باشد</translation>
    </message>
    <message>
        <source>a contact cannot be its own company</source>
        <translation>مخاطب نمی‌تواند شرکتِ خودش باشد</translation>
    </message>
    <message>
        <source>there is no such company</source>
        <translation>چنین شرکتی وجود ندارد</translation>
    </message>
    <message>
        <source>'{0}' is a person, not a company</source>
        <translation>«{0}» یک شخص است، نه شرکت</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>برچسب به نام نیاز دارد</translation>
    </message>
    <message>
        <source>the move was cancelled; nothing changed</source>
        <translation>جابه‌جایی لغو شد؛ چیزی تغییر نکرد</translation>
    </message>
    <message>
        <source>cancelled: no interaction was logged</source>
        <translation>لغو شد: هیچ تعاملی ثبت نشد</translation>
    </message>
    <message>
        <source>comes before the interaction itself</source>
        <translation>پیش از خود این تماس است</translation>
    </message>
    <message>
        <source>must be inbound or outbound</source>
        <translation>باید ورودی یا خروجی باشد</translation>
    </message>
    <message>
        <source>must be from 1 to 5</source>
        <translation>باید از ۱ تا ۵ باشد</translation>
    </message>
    <message>
        <source>needs a time zone</source>
        <translation>منطقهٔ زمانی لازم است</translation>
    </message>
    <message>
        <source>must be a 3-letter code such as USD</source>
        <translation>باید کدی سه‌حرفی مانند USD باشد</translation>
    </message>
    <message>
        <source>must be zero or more, and below 10^10</source>
        <translation>باید صفر یا بیشتر و کمتر از ۱۰^۱۰ باشد</translation>
    </message>
    <message>
        <source>has more than {0} lines</source>
        <translation>بیش از {0} سطر دارد</translation>
    </message>
    <message>
        <source>'{0}' is not a country code such as GB, RU or IR</source>
        <translation>«{0}» کد کشور نیست؛ مانند GB، RU یا IR</translation>
    </message>
    <message>
        <source>name the source, as contacts have it</source>
        <translation>منبع را همان‌طور که در مخاطبان ثبت شده بنویسید</translation>
    </message>
    <message>
        <source>at most {0} characters</source>
        <translation>حداکثر {0} نویسه</translation>
    </message>
    <message>
        <source>'{0}' is not an amount</source>
        <translation>«{0}» مبلغ نیست</translation>
    </message>
    <message>
        <source>must be above zero and below 10^13</source>
        <translation>باید بیشتر از صفر و کمتر از 10^13 باشد</translation>
    </message>
    <message>
        <source>cannot be before the invoice date</source>
        <translation>نمی‌تواند پیش از تاریخ صورت‌حساب باشد</translation>
    </message>
    <message>
        <source>name the competitor</source>
        <translation>نام رقیب را بنویسید</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>باید دست‌کم ۱ باشد</translation>
    </message>
    <message>
        <source>the database already holds contacts; use a new file for the demo</source>
        <translation>پایگاه داده هم‌اکنون مخاطب دارد؛ برای نمایشی از فایل تازه‌ای استفاده کنید</translation>
    </message>
    <message>
        <source>the search for duplicates was cancelled</source>
        <translation>جست‌وجوی تکراری‌ها لغو شد</translation>
    </message>
    <message>
        <source>'{0}' is not a format I can write; use {1}</source>
        <translation>«{0}» قالبی نیست که بتوان در آن نوشت؛ از {1} استفاده کنید</translation>
    </message>
    <message>
        <source>unknown column(s): {0}</source>
        <translation>ستون‌های ناشناخته: {0}</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>چنین پرونده‌ای نیست</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>پوشه است، نه پرونده</translation>
    </message>
    <message>
        <source>is {0} MB; a document of up to {1} MB can be kept with a contact</source>
        <translation>{0} مگابایت است؛ سندی تا {1} مگابایت را می‌توان نزد مخاطب نگه داشت</translation>
    </message>
    <message>
        <source>the name is longer than {0} characters</source>
        <translation>نام بلندتر از {0} نویسه است</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>خوانده نمی‌شود: {0}</translation>
    </message>
    <message>
        <source>the deal is not one of the contact's</source>
        <translation>این معامله از آنِ این مخاطب نیست</translation>
    </message>
    <message>
        <source>cancelled: no document was kept</source>
        <translation>لغو شد: هیچ سندی نگه داشته نشد</translation>
    </message>
    <message>
        <source>the document is no longer there</source>
        <translation>این سند دیگر نیست</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>نوشتن {0} ممکن نیست: {1}</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>برون‌بری لغو شد</translation>
    </message>
    <message>
        <source>a deal needs a title</source>
        <translation>معامله به عنوان نیاز دارد</translation>
    </message>
    <message>
        <source>must be zero or more, below 10^13</source>
        <translation>باید صفر یا بیشتر و کمتر از 10^13 باشد</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation>باید درصدی از ۰ تا ۱۰۰ باشد</translation>
    </message>
    <message>
        <source>say why the deal was lost</source>
        <translation>بگویید چرا معامله از دست رفت</translation>
    </message>
    <message>
        <source>a stage needs a name</source>
        <translation>مرحله به نام نیاز دارد</translation>
    </message>
    <message>
        <source>must be from 0 to 100</source>
        <translation>باید از ۰ تا ۱۰۰ باشد</translation>
    </message>
    <message>
        <source>must be 1 day or more</source>
        <translation>باید ۱ روز یا بیشتر باشد</translation>
    </message>
    <message>
        <source>move its deals to another stage first</source>
        <translation>نخست معامله‌هایش را به مرحلهٔ دیگری ببرید</translation>
    </message>
    <message>
        <source>keep at least one reason</source>
        <translation>دست‌کم یک دلیل را نگه دارید</translation>
    </message>
    <message>
        <source>a contact cannot be merged with itself</source>
        <translation>مخاطب را نمی‌توان با خودش ادغام کرد</translation>
    </message>
    <message>
        <source>'{0}' has contact persons: keep the company as the record that stays</source>
        <translation>«{0}» افراد تماس دارد: شرکت را به‌عنوان رکوردی که می‌ماند نگه دارید</translation>
    </message>
    <message>
        <source>choose one or more weekdays</source>
        <translation>یک یا چند روز هفته را برگزینید</translation>
    </message>
    <message>
        <source>a day of the month is 1 to 31</source>
        <translation>روز ماه از ۱ تا ۳۱ است</translation>
    </message>
    <message>
        <source>choose first to fourth or last, and a weekday</source>
        <translation>یکی از اول تا چهارم یا آخر، و یک روز هفته را برگزینید</translation>
    </message>
    <message>
        <source>'{0}' is not a recurrence rule: {1}</source>
        <translation>«{0}» قاعدهٔ تکرار نیست: {1}</translation>
    </message>
    <message>
        <source>every {0} days</source>
        <translation>هر {0} روز</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <source>weekly on {0}</source>
        <translation>هفتگی: {0}</translation>
    </message>
    <message>
        <source>monthly on day {0} (or the last day)</source>
        <translation>ماهانه روز {0} (یا روز آخر)</translation>
    </message>
    <message>
        <source>monthly on day {0}</source>
        <translation>ماهانه روز {0}</translation>
    </message>
    <message>
        <source>monthly on the {0}</source>
        <translation>ماهانه: {0}</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>سالانه</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>ماهانه</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>هفتگی</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>ساعتی</translation>
    </message>
    <message>
        <source>a reminder needs a title</source>
        <translation>یادآور به عنوان نیاز دارد</translation>
    </message>
    <message>
        <source>this reminder no longer exists</source>
        <translation>این یادآور دیگر وجود ندارد</translation>
    </message>
    <message>
        <source>must be 1 hour or more</source>
        <translation>باید ۱ ساعت یا بیشتر باشد</translation>
    </message>
    <message>
        <source>unknown field '{0}'</source>
        <translation>فیلد ناشناختهٔ «{0}»</translation>
    </message>
    <message>
        <source>unknown condition '{0}'</source>
        <translation>شرط ناشناختهٔ «{0}»</translation>
    </message>
    <message>
        <source>'{0}' is not a number</source>
        <translation>«{0}» عدد نیست</translation>
    </message>
    <message>
        <source>'{0}' is not a valid e-mail address: {1}</source>
        <translation>«{0}» نشانی ایمیل معتبری نیست: {1}</translation>
    </message>
    <message>
        <source>it has no @-sign</source>
        <translation>علامت @ ندارد</translation>
    </message>
    <message>
        <source>nothing comes before the @-sign</source>
        <translation>پیش از علامت @ چیزی نیست</translation>
    </message>
    <message>
        <source>nothing comes after the @-sign</source>
        <translation>پس از علامت @ چیزی نیست</translation>
    </message>
    <message>
        <source>the part after the @-sign has no period</source>
        <translation>بخش پس از علامت @ نقطه ندارد</translation>
    </message>
    <message>
        <source>the part after the @-sign does not end in a known domain</source>
        <translation>بخش پس از علامت @ به دامنهٔ شناخته‌شده‌ای ختم نمی‌شود</translation>
    </message>
    <message>
        <source>the part after the @-sign is a reserved name</source>
        <translation>بخش پس از علامت @ نامی رزروشده است</translation>
    </message>
    <message>
        <source>the part after the @-sign holds characters an address cannot have</source>
        <translation>بخش پس از علامت @ نویسه‌هایی دارد که در نشانی مجاز نیست</translation>
    </message>
    <message>
        <source>the part before the @-sign holds characters an address cannot have</source>
        <translation>بخش پیش از علامت @ نویسه‌هایی دارد که در نشانی مجاز نیست</translation>
    </message>
    <message>
        <source>it holds a character an address cannot have</source>
        <translation>نویسه‌ای دارد که در نشانی مجاز نیست</translation>
    </message>
    <message>
        <source>it has two periods in a row</source>
        <translation>دو نقطهٔ پشت سر هم دارد</translation>
    </message>
    <message>
        <source>it has a period and a hyphen next to each other</source>
        <translation>نقطه و خط تیره کنار هم آمده‌اند</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>بیش از اندازه بلند است</translation>
    </message>
    <message>
        <source>something follows the address</source>
        <translation>پس از نشانی چیز دیگری آمده است</translation>
    </message>
    <message>
        <source>a name and angle brackets around the address are not allowed: give the address alone</source>
        <translation>نام و کروشه‌های زاویه‌دار دور نشانی مجاز نیست: فقط خود نشانی را بنویسید</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>kept as typed: {0}</source>
        <translation>همان‌گونه که نوشته شد نگه داشته شد: {0}</translation>
    </message>
    <message>
        <source>kept as typed: not a possible phone number</source>
        <translation>همان‌گونه که نوشته شد نگه داشته شد: شمارهٔ تلفن ممکنی نیست</translation>
    </message>
    <message>
        <source>Cannot write beside {0} (a lock file goes there); check the folder's permissions.</source>
        <translation>نمی‌توان کنار {0} نوشت (پرونده قفل آنجا ساخته می‌شود)؛ مجوزهای پوشه را بررسی کنید.</translation>
    </message>
    <message>
        <source>{0} is already open in another crm-desktop window. Close it there first; two programs writing to one file could damage it.</source>
        <translation>{0} هم‌اکنون در پنجرهٔ دیگری از crm-desktop باز است. نخست آن‌جا ببندیدش؛ دو برنامه که در یک فایل بنویسند ممکن است آسیبش بزنند.</translation>
    </message>
    <message>
        <source>Customer asset matrix</source>
        <translation>ماتریس دارایی مشتریان</translation>
    </message>
    <message>
        <source>Protect them: priority service, regular contact, no surprises.</source>
        <translation>از آن‌ها نگهداری کنید: خدمات در اولویت، تماس منظم، بدون غافلگیری.</translation>
    </message>
    <message>
        <source>Grow the share of their business: upsell and cross-sell.</source>
        <translation>سهم خود از کسب‌وکارشان را بیشتر کنید: فروش بیشتر و فروش مکمل.</translation>
    </message>
    <message>
        <source>Valuable but drifting away: act now, find out what went wrong.</source>
        <translation>ارزشمند اما در حال دور شدن: همین حالا اقدام کنید و بفهمید چه چیزی درست پیش نرفت.</translation>
    </message>
    <message>
        <source>Serve well at low cost: self-service, bundled orders, fewer visits.</source>
        <translation>با هزینهٔ کم خوب خدمت کنید: خودخدمتی، سفارش‌های یکجا، دیدارهای کمتر.</translation>
    </message>
    <message>
        <source>Prospects with no revenue yet: turn them into customers.</source>
        <translation>مشتریان بالقوه‌ای که هنوز درآمدی نداشته‌اند: آن‌ها را مشتری کنید.</translation>
    </message>
    <message>
        <source>Value \ Relationship</source>
        <translation>ارزش \ رابطه</translation>
    </message>
    <message>
        <source>{0} customers</source>
        <translation>{0} مشتری</translation>
    </message>
    <message>
        <source>satisfaction {0}</source>
        <translation>رضایت {0}</translation>
    </message>
    <message>
        <source>{0} value</source>
        <translation>ارزش {0}</translation>
    </message>
    <message>
        <source>As of {0}, compared with {1}. Made {2}.</source>
        <translation>تا {0}، در مقایسه با {1}. تهیه‌شده در {2}.</translation>
    </message>
    <message>
        <source>Value: revenue of the last 12 months, weighed by on-time payment (low up to {0}, high from {1}). Relationship: satisfaction, recency and frequency of contact, tenure, open complaints (0-100; low up to {2}, high from {3}).</source>
        <translation>ارزش: درآمد ۱۲ ماه گذشته، وزن‌دهی‌شده با پرداخت به‌موقع (کم تا {0}، زیاد از {1}). رابطه: رضایت، تازگی و بسامد تماس، مدت همکاری، شکایت‌های باز (۰ تا ۱۰۰؛ کم تا {2}، زیاد از {3}).</translation>
    </message>
    <message>
        <source>Value: revenue of the last 12 months less the cost to serve (contacts' time at {4} an hour), weighed by on-time payment (low up to {0}, high from {1}). Relationship: satisfaction, recency and frequency of contact, tenure, open complaints (0-100; low up to {2}, high from {3}).</source>
        <translation>ارزش: درآمد ۱۲ ماه گذشته منهای هزینهٔ خدمت‌رسانی (زمان تماس‌ها به نرخ {4} در ساعت)، وزن‌دهی‌شده با پرداخت به‌موقع (کم تا {0}، زیاد از {1}). رابطه: رضایت، تازگی و بسامد تماس، مدت همکاری، شکایت‌های باز (۰ تا ۱۰۰؛ کم تا {2}، زیاد از {3}).</translation>
    </message>
    <message>
        <source>The matrix</source>
        <translation>ماتریس</translation>
    </message>
    <message>
        <source>Revenue of the last 12 months by value tier</source>
        <translation>درآمد ۱۲ ماه گذشته بر پایهٔ ردهٔ ارزش</translation>
    </message>
    <message>
        <source>{0} value, {1} relationship: {2}</source>
        <translation>ارزش {0}، رابطه {1}: {2}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Revenue, 12 months</source>
        <translation>درآمد ۱۲ ماه</translation>
    </message>
    <message>
        <source>Worth</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>رابطه</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>معامله‌های باز</translation>
    </message>
    <message>
        <source>No customers in this cell.</source>
        <translation>در این خانه مشتری‌ای نیست.</translation>
    </message>
    <message>
        <source>Prospects: {0}</source>
        <translation>مشتریان بالقوه: {0}</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>مشتری بالقوه</translation>
    </message>
    <message>
        <source>{0} value / {1} relationship</source>
        <translation>ارزش {0} / رابطه {1}</translation>
    </message>
    <message>
        <source>Moves since the previous period</source>
        <translation>جابه‌جایی‌ها از دورهٔ پیش</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>No customer changed cell.</source>
        <translation>هیچ مشتری‌ای خانه‌اش را عوض نکرد.</translation>
    </message>
    <message>
        <source>'{0}' is not a kind of contact</source>
        <translation>«{0}» نوعی تماس نیست</translation>
    </message>
    <message>
        <source>{0}: must be from 0 to {1} minutes</source>
        <translation>{0}: باید از ۰ تا {1} دقیقه باشد</translation>
    </message>
    <message>
        <source>that entry is no longer there</source>
        <translation>این مورد دیگر وجود ندارد</translation>
    </message>
    <message>
        <source>this invoice is paid already</source>
        <translation>این صورت‌حساب پیش‌تر پرداخت شده است</translation>
    </message>
    <message>
        <source>is more than what is left to pay, {0}</source>
        <translation>بیشتر از مانده‌ی پرداخت است، {0}</translation>
    </message>
    <message>
        <source>{0}, {1}, due {2}, paid {3}</source>
        <translation>{0}، {1}، سررسید {2}، پرداخت {3}</translation>
    </message>
    <message>
        <source>Unpaid invoices</source>
        <translation>فاکتورهای پرداخت‌نشده</translation>
    </message>
    <message>
        <source>As of {0}: {1} invoices open, {2} of them overdue</source>
        <translation>تا {0}: {1} فاکتور باز، {2} تا سررسیدگذشته</translation>
    </message>
    <message>
        <source>By how late</source>
        <translation>بر پایهٔ مقدار تأخیر</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>هنوز سررسید نشده</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>۱ تا ۳۰ روز</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>۳۱ تا ۶۰ روز</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>۶۱ تا ۹۰ روز</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>بیش از ۹۰ روز</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>By customer</source>
        <translation>بر پایهٔ مشتری</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>روزهای تأخیر</translation>
    </message>
    <message>
        <source>Nothing is owed.</source>
        <translation>بدهی‌ای نیست.</translation>
    </message>
    <message>
        <source>the account's first day, {0}, comes after its last, {1}</source>
        <translation>نخستین روز حساب، {0}، پس از آخرین روز آن، {1}، است</translation>
    </message>
    <message>
        <source>Statement of account: {0}</source>
        <translation>صورت‌حساب: {0}</translation>
    </message>
    <message>
        <source>As of {0}</source>
        <translation>تا {0}</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>فاکتورهای باز</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>صادرشده</translation>
    </message>
    <message>
        <source>Account from {0} to {1}</source>
        <translation>حساب از {0} تا {1}</translation>
    </message>
    <message>
        <source>Nothing was invoiced or paid.</source>
        <translation>صورت‌حساب یا پرداختی ثبت نشده است.</translation>
    </message>
    <message>
        <source>Account in {0} from {1} to {2}</source>
        <translation>حساب به {0} از {1} تا {2}</translation>
    </message>
    <message>
        <source>Balance brought forward</source>
        <translation>مانده از قبل</translation>
    </message>
    <message>
        <source>Invoice {0}</source>
        <translation>صورت‌حساب {0}</translation>
    </message>
    <message>
        <source>Payment, invoice {0}</source>
        <translation>پرداخت، صورت‌حساب {0}</translation>
    </message>
    <message>
        <source>Balance owed</source>
        <translation>مانده بدهی</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>مبلغ صورت‌حساب</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>مانده</translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation>پرداخت‌شده تاکنون</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>مبلغ بدهی</translation>
    </message>
    <message>
        <source>Total due: {0}</source>
        <translation>جمع بدهی: {0}</translation>
    </message>
    <message>
        <source>'{0}' cannot be a birthday: it is still to come</source>
        <translation>«{0}» نمی‌تواند تاریخ تولد باشد: هنوز نرسیده است</translation>
    </message>
    <message>
        <source>'{0}' cannot be a birthday: the year is {1}</source>
        <translation>«{0}» نمی‌تواند تاریخ تولد باشد: سال {1} است</translation>
    </message>
    <message>
        <source>'{0}' is not a day of the year</source>
        <translation>«{0}» روزی از سال نیست</translation>
    </message>
    <message>
        <source>there is no tag “{0}”</source>
        <translation>برچسبی به نام «{0}» نیست</translation>
    </message>
    <message>
        <source>a tag's name is at most {0} characters</source>
        <translation>نام برچسب حداکثر {0} نویسه است</translation>
    </message>
    <message>
        <source>there is no view “{0}”; the views are: {1}</source>
        <translation>نمایی به نام «{0}» نیست؛ نماها: {1}</translation>
    </message>
    <message>
        <source>a view needs a name</source>
        <translation>نما به نام نیاز دارد</translation>
    </message>
    <message>
        <source>a view's name is at most {0} characters</source>
        <translation>نام نما حداکثر {0} نویسه است</translation>
    </message>
    <message>
        <source>not a view of contacts</source>
        <translation>نمایی از مخاطبان نیست</translation>
    </message>
    <message>
        <source>not a number of days: {0}</source>
        <translation>تعداد روز نیست: {0}</translation>
    </message>
    <message>
        <source>not a column to sort by: {0}</source>
        <translation>ستونی برای مرتب‌سازی نیست: {0}</translation>
    </message>
    <message>
        <source>not a list of the table's columns: {0}</source>
        <translation>فهرستی از ستون‌های جدول نیست: {0}</translation>
    </message>
    <message>
        <source>That is where the daily backups are already; a copy belongs on another disk.</source>
        <translation>پشتیبان‌های روزانه همین‌جا هستند؛ جای رونوشت روی دیسک دیگری است.</translation>
    </message>
    <message>
        <source>The folder {0} is not there (a drive not plugged in?).</source>
        <translation>پوشهٔ {0} در دسترس نیست (دیسکی وصل نیست؟).</translation>
    </message>
    <message>
        <source>Cannot copy the backup to {0}: {1}</source>
        <translation>پشتیبان را نمی‌توان در {0} رونوشت کرد: {1}</translation>
    </message>
</context>
<context>
    <name>AssetMatrixView</name>
    <message>
        <source>Customer asset matrix</source>
        <translation>ماتریس دارایی مشتریان</translation>
    </message>
    <message>
        <source>Relationship: {0}</source>
        <translation>رابطه: {0}</translation>
    </message>
    <message>
        <source>Value: {0}</source>
        <translation>ارزش: {0}</translation>
    </message>
    <message>
        <source>Value: low up to</source>
        <translation>ارزش: پایین تا</translation>
    </message>
    <message>
        <source>Value: high from</source>
        <translation>ارزش: بالا از</translation>
    </message>
    <message>
        <source>Relationship: low up to</source>
        <translation>رابطه: پایین تا</translation>
    </message>
    <message>
        <source>Relationship: high from</source>
        <translation>رابطه: بالا از</translation>
    </message>
    <message>
        <source>Back to tertiles of the data</source>
        <translation>بازگشت به سه‌بخشی داده‌ها</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>{0}
{1} customers
{2}
satisfaction {3}</source>
        <translation>{0}
{1} مشتری
{2}
رضایت {3}</translation>
    </message>
    <message>
        <source>Prospects without revenue (acquisition): {0}</source>
        <translation>مشتریان بالقوه بی‌درآمد (جذب): {0}</translation>
    </message>
    <message>
        <source>{0} value, {1} relationship</source>
        <translation>ارزش {0}، رابطه {1}</translation>
    </message>
    <message>
        <source>Making the report</source>
        <translation>در حال ساخت گزارش</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>ذخیره گزارش</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>گزارش ذخیره شد</translation>
    </message>
    <message>
        <source>Open {0} now?</source>
        <translation>{0} اکنون باز شود؟</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>The daily backup was made, but not its copy elsewhere: {0}</source>
        <translation>پشتیبان روزانه ساخته شد، اما رونوشت آن در جای دیگر نه: {0}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {0}</source>
        <translation>پشتیبان‌گیری خودکار ناموفق بود: {0}</translation>
    </message>
</context>
<context>
    <name>BackupCopyDialog</name>
    <message>
        <source>Automatic backups</source>
        <translation>پشتیبان‌گیری خودکار</translation>
    </message>
    <message>
        <source>Once a day crm-desktop backs up this database by itself into {0}, keeping the last {1}.</source>
        <translation>crm-desktop روزی یک بار خودش از این پایگاه داده در {0} پشتیبان می‌گیرد و {1} تای آخر را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>The newest was made {0}.</source>
        <translation>تازه‌ترین در {0} ساخته شد.</translation>
    </message>
    <message>
        <source>None has been made yet.</source>
        <translation>هنوز هیچ پشتیبانی ساخته نشده است.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A copy elsewhere.&lt;/b&gt; A backup beside the database is lost with its disk, or with the laptop. Name a folder on another disk, a USB drive, or one your cloud storage syncs, and each day's backup is copied there too (the last {0} kept; a drive that was not plugged in gets the newest when it is).</source>
        <translation>&lt;b&gt;رونوشتی در جای دیگر.&lt;/b&gt; پشتیبانی که کنار پایگاه داده است با دیسک یا لپ‌تاپ از دست می‌رود. پوشه‌ای روی دیسک دیگر، یک فلش USB یا پوشه‌ای که فضای ابری شما همگام می‌کند نام ببرید تا پشتیبان هر روز آنجا هم رونوشت شود ({0} تای آخر نگه داشته می‌شود؛ دیسکی که وصل نبوده، هر وقت وصل شود تازه‌ترین را می‌گیرد).</translation>
    </message>
    <message>
        <source>No copy elsewhere</source>
        <translation>بدون رونوشت در جای دیگر</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Stop copying</source>
        <translation>توقف رونوشت</translation>
    </message>
    <message>
        <source>The folder is not there now (a drive not plugged in?).</source>
        <translation>این پوشه اکنون در دسترس نیست (دیسکی وصل نیست؟).</translation>
    </message>
    <message>
        <source>The newest copy there was made {0}.</source>
        <translation>تازه‌ترین رونوشت آنجا در {0} ساخته شد.</translation>
    </message>
    <message>
        <source>No copy is there yet.</source>
        <translation>هنوز رونوشتی آنجا نیست.</translation>
    </message>
    <message>
        <source>A folder for the copies</source>
        <translation>پوشه‌ای برای رونوشت‌ها</translation>
    </message>
</context>
<context>
    <name>Birthday</name>
    <message>
        <source>{0}, aged {1}</source>
        <translation>{0}، {1} ساله</translation>
    </message>
</context>
<context>
    <name>BoardFilters</name>
    <message>
        <source>Search deals and customers…</source>
        <translation>جست‌وجوی معامله‌ها و مشتریان…</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>value from</source>
        <translation>مقدار از</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Close between</source>
        <translation>بستن میان</translation>
    </message>
    <message>
        <source>Stale only</source>
        <translation>فقط راکدها</translation>
    </message>
    <message>
        <source>Highest score first</source>
        <translation>به ترتیب امتیاز</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>Show the archived deals instead of the board's; right-click one to bring it back</source>
        <translation>نمایش معامله‌های بایگانی‌شده به جای معامله‌های تابلو؛ برای بازگرداندن، روی آن راست‌کلیک کنید</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>پالایه‌های بیشتر</translation>
    </message>
    <message>
        <source>'{0}' is not an amount</source>
        <translation>«{0}» مبلغ نیست</translation>
    </message>
</context>
<context>
    <name>BusinessDialog</name>
    <message>
        <source>Your business</source>
        <translation>کسب‌وکار شما</translation>
    </message>
    <message>
        <source>Shown at the top of every report</source>
        <translation>بالای هر گزارش چاپ می‌شود</translation>
    </message>
    <message>
        <source>Address, phone, e-mail, bank account: printed under the name on a statement of account</source>
        <translation>نشانی، تلفن، ایمیل، حساب بانکی: زیر نام، در صورت‌حساب مشتری چاپ می‌شود</translation>
    </message>
    <message>
        <source>For new deals and payments, and the asset matrix's totals, e.g. USD, EUR, RUB, IRR</source>
        <translation>برای معامله‌ها و پرداخت‌های تازه و جمع‌های ماتریس دارایی، مانند USD، EUR، RUB، IRR</translation>
    </message>
    <message>
        <source>Country code for phone numbers written without +country code, e.g. GB, RU, IR</source>
        <translation>کد کشور برای شماره‌هایی که بدون +کد کشور نوشته شده‌اند، مانند GB، RU، IR</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>تعیین نشده</translation>
    </message>
    <message>
        <source>What an hour of your time costs, in the business currency. A customer's record then shows what serving them cost in 12 months, each contact counting the minutes below; the asset matrix values customers by their margin.</source>
        <translation>یک ساعت از وقت شما چقدر می‌ارزد، به واحد پول کسب‌وکار. آن‌گاه پروندهٔ هر مشتری نشان می‌دهد خدمت‌رسانی به او در ۱۲ ماه چقدر هزینه داشته (هر تماس به اندازهٔ دقیقه‌های زیر)، و ماتریس دارایی مشتریان را بر پایهٔ حاشیهٔ سود ارزش‌گذاری می‌کند.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>نام کسب‌وکار</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>سربرگ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>منطقه تلفن</translation>
    </message>
    <message>
        <source>An hour of your time</source>
        <translation>یک ساعت از وقت شما</translation>
    </message>
    <message>
        <source>A contact takes</source>
        <translation>هر تماس طول می‌کشد</translation>
    </message>
    <message>
        <source>A number written without +code, such as {0}, is read as this country's.</source>
        <translation>شماره‌ای بدون +کد، مانند {0}، شمارهٔ این کشور خوانده می‌شود.</translation>
    </message>
    <message>
        <source>Payments recorded in another currency ({0}) are added up in the asset matrix as they are, without converting.</source>
        <translation>پرداخت‌هایی که با واحد پول دیگری ثبت شده‌اند ({0}) در ماتریس دارایی همان‌طور که هستند، بدون تبدیل، جمع زده می‌شوند.</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>صورت‌حساب</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>به‌موقع</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>رقیب</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>بستن پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>پیش از</translation>
    </message>
    <message>
        <source>After</source>
        <translation>پس از</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>یادآور</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>New reminder…</source>
        <translation>یادآور تازه…</translation>
    </message>
    <message>
        <source>Double-click a reminder to change it</source>
        <translation>برای تغییر یادآور روی آن دوبار کلیک کنید</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>ثبت تعامل…</translation>
    </message>
    <message>
        <source>Add payment…</source>
        <translation>افزودن پرداخت…</translation>
    </message>
    <message>
        <source>Mark paid today</source>
        <translation>امروز پرداخت شد</translation>
    </message>
    <message>
        <source>Pay part…</source>
        <translation>پرداخت بخشی…</translation>
    </message>
    <message>
        <source>Part of the invoice paid: a payment of its own, the rest still owed</source>
        <translation>بخشی از صورت‌حساب پرداخت شد: پرداختی جداگانه، و باقی هنوز بدهی است</translation>
    </message>
    <message>
        <source>Add offer…</source>
        <translation>افزودن پیشنهاد…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>گاه‌شمار</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>یادآورها</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <source>Competitor offers</source>
        <translation>پیشنهادهای رقیبان</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معامله‌ها</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>افراد رابط</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Double-click a deal to open it</source>
        <translation>برای باز کردن معامله، روی آن دوبار کلیک کنید</translation>
    </message>
    <message>
        <source>Double-click a person to open their record</source>
        <translation>برای باز کردن پروندهٔ فرد، روی آن دوبار کلیک کنید</translation>
    </message>
    <message>
        <source>Double-click an entry to correct it; Delete removes it (Undo brings it back)</source>
        <translation>برای اصلاح یک مورد دوبار کلیک کنید؛ Delete آن را حذف می‌کند (واگرد آن را برمی‌گرداند)</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a contact to see the whole record.&lt;/i&gt;</source>
        <translation>برای دیدن کل پرونده، یک مخاطب را برگزینید.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>ترجیح می‌دهد</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>می‌پسندد</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>نیازها</translation>
    </message>
    <message>
        <source>Hidden needs</source>
        <translation>نیازهای پنهان</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>{0} copied: no program here opens it</source>
        <translation>{0} کپی شد: برنامه‌ای در این رایانه بازش نمی‌کند</translation>
    </message>
    <message>
        <source>Revenue, 12 months</source>
        <translation>درآمد ۱۲ ماه</translation>
    </message>
    <message>
        <source>Revenue, lifetime</source>
        <translation>درآمد در کل</translation>
    </message>
    <message>
        <source>Customer for</source>
        <translation>مدت مشتری بودن</translation>
    </message>
    <message>
        <source>Paid on time</source>
        <translation>پرداخت به‌موقع</translation>
    </message>
    <message>
        <source>Contacts, 12 months</source>
        <translation>تماس‌ها در ۱۲ ماه</translation>
    </message>
    <message>
        <source>Revenue per contact</source>
        <translation>درآمد به ازای هر تماس</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>شکایت‌های باز</translation>
    </message>
    <message>
        <source>Cost to serve, 12 months</source>
        <translation>هزینهٔ خدمت‌رسانی، ۱۲ ماه</translation>
    </message>
    <message>
        <source>every {0} days; last on {1}</source>
        <translation>هر {0} روز؛ آخرین بار {1}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>خرید عقب افتاده</translation>
    </message>
    <message>
        <source>Buys</source>
        <translation>خرید</translation>
    </message>
    <message>
        <source>overdue: {0}, the oldest {1} day late</source>
        <translation>سررسیدگذشته: {0}، قدیمی‌ترین {1} روز دیر</translation>
    </message>
    <message>
        <source>overdue: {0}, the oldest {1} days late</source>
        <translation>سررسیدگذشته: {0}، قدیمی‌ترین {1} روز دیر</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>بدهکار است</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>به‌موقع</translation>
    </message>
    <message>
        <source>{0} day late</source>
        <translation>{0} روز دیر</translation>
    </message>
    <message>
        <source>{0} days late</source>
        <translation>{0} روز دیر</translation>
    </message>
    <message>
        <source>unpaid, {0} day late</source>
        <translation>پرداخت‌نشده، {0} روز دیر</translation>
    </message>
    <message>
        <source>unpaid, {0} days late</source>
        <translation>پرداخت‌نشده، {0} روز دیر</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>Documents ({0})</source>
        <translation>اسناد ({0})</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>ContactDocuments</name>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>افزوده شد</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>Double-click a document to open it; drop files here to keep them with the contact</source>
        <translation>برای باز کردن سند دوبار کلیک کنید؛ پرونده‌ها را اینجا رها کنید تا نزد مخاطب بمانند</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>ذخیرهٔ یک نسخه…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} کیلوبایت</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} مگابایت</translation>
    </message>
    <message>
        <source>Keep documents with the contact</source>
        <translation>نگه‌داشتن اسناد نزد مخاطب</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>{0} is a folder: a contact keeps files. Drop the files in it.</source>
        <translation>{0} یک پوشه است: مخاطب پرونده نگه می‌دارد. پرونده‌های درون آن را رها کنید.</translation>
    </message>
    <message>
        <source>No program here opens {0}. Save a copy… puts it where another computer or program can take it.</source>
        <translation>برنامه‌ای اینجا {0} را باز نمی‌کند. «ذخیرهٔ یک نسخه…» آن را جایی می‌گذارد که رایانه یا برنامهٔ دیگری بتواند برش دارد.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>ذخیرهٔ یک نسخه</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>New contact</source>
        <translation>مخاطب تازه</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>ویرایش مخاطب</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>مشتری VIP</translation>
    </message>
    <message>
        <source>one per line; the first is the main one</source>
        <translation>هر کدام در یک خط؛ نخستین، اصلی است</translation>
    </message>
    <message>
        <source>Numbers written without +code are read as {0}'s, such as {1} (Edit &gt; Your business)</source>
        <translation>شماره‌های بدون +کد، شمارهٔ کشور {0} خوانده می‌شوند، مانند {1} (ویرایش &gt; کسب‌وکار شما)</translation>
    </message>
    <message>
        <source>A day such as {0}, or {1} without the year</source>
        <translation>روزی مانند {0}، یا {1} بدون سال</translation>
    </message>
    <message>
        <source>comma-separated, e.g. wholesale, newsletter</source>
        <translation>جداشده با ویرگول، مانند عمده‌فروشی، خبرنامه</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>هویت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>نام کامل یا نام شرکت *</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>راه‌های تماس</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>راه ارتباطی دلخواه</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>دسته‌بندی</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>کارکنان</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Preferences and needs</source>
        <translation>ترجیح‌ها و نیازها</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>می‌پسندد</translation>
    </message>
    <message>
        <source>Stated needs</source>
        <translation>نیازهای گفته‌شده</translation>
    </message>
    <message>
        <source>Hidden needs</source>
        <translation>نیازهای پنهان</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>no company of that name; create it first</source>
        <translation>شرکتی با این نام نیست؛ نخست آن را بسازید</translation>
    </message>
    <message>
        <source>Write a number with its +country code, or set the country of numbers written without it under Edit &gt; Your business. Save again to keep them as typed.</source>
        <translation>شماره را با +کد کشور بنویسید، یا کشورِ شماره‌های بدون آن را در ویرایش &gt; کسب‌وکار شما تعیین کنید. برای نگه داشتن آن‌ها همان‌طور که نوشته شده‌اند، دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>{0} has {1} already.</source>
        <translation>{1} از پیش برای {0} ثبت شده است.</translation>
    </message>
    <message>
        <source>Save again to add this contact all the same, or click the name to open that one instead.</source>
        <translation>برای افزودن این مخاطب دوباره ذخیره کنید، یا روی نام بزنید تا همان مخاطب باز شود.</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>type a name, company, e-mail or phone</source>
        <translation>نام، شرکت، ایمیل یا تلفن را بنویسید</translation>
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
        <translation>جست‌وجوی نام، شرکت، ایمیل، تلفن…</translation>
    </message>
    <message>
        <source>People and companies</source>
        <translation>اشخاص و شرکت‌ها</translation>
    </message>
    <message>
        <source>People</source>
        <translation>اشخاص</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>زباله‌دان</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>پالایه‌ها</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a contact to see the whole record.&lt;/i&gt;</source>
        <translation>برای دیدن کل پرونده، یک مخاطب را برگزینید.</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>سطل زباله خالی است.</translation>
    </message>
    <message>
        <source>No contact matches the search or the filters.</source>
        <translation>هیچ مخاطبی با جست‌وجو یا پالایه‌ها جور نیست.</translation>
    </message>
    <message>
        <source>Show all contacts</source>
        <translation>نمایش همهٔ مخاطبان</translation>
    </message>
    <message>
        <source>&lt;b&gt;No contacts yet.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Bring them in from a spreadsheet or a phone's address book (CSV, Excel, OpenDocument, vCard), or add the first one by hand. A file dropped on this window is imported too.</source>
        <translation>&lt;b&gt;هنوز مخاطبی نیست.&lt;/b&gt;&lt;br&gt;&lt;br&gt;آن‌ها را از یک صفحه‌گسترده یا دفترچهٔ نشانی گوشی (CSV، Excel، OpenDocument، vCard) بیاورید، یا نخستین را دستی بیفزایید. پرونده‌ای که روی این پنجره رها شود هم وارد می‌شود.</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>وارد کردن پرونده…</translation>
    </message>
    <message>
        <source>Your business…</source>
        <translation>کسب‌وکار شما…</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>انتقال به زباله‌دان</translation>
    </message>
    <message>
        <source>no program here writes e-mail</source>
        <translation>برنامه‌ای برای نوشتن ایمیل اینجا نیست</translation>
    </message>
    <message>
        <source>too many for one mail link: paste them into Bcc</source>
        <translation>برای یک پیوند ایمیل زیادند: آن‌ها را در گیرندگان مخفی (Bcc) بچسبانید</translation>
    </message>
    <message>
        <source>E-mail addresses copied: {0}</source>
        <translation>نشانی‌های ایمیل کپی‌شده: {0}</translation>
    </message>
    <message>
        <source>Without an address: {0}</source>
        <translation>بدون نشانی: {0}</translation>
    </message>
    <message>
        <source>The contact selected has no e-mail address.</source>
        <translation>مخاطب انتخاب‌شده نشانی ایمیل ندارد.</translation>
    </message>
    <message>
        <source>None of the contacts selected has an e-mail address.</source>
        <translation>هیچ‌یک از مخاطبان انتخاب‌شده نشانی ایمیل ندارد.</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>افزودن برچسب</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>برچسب:</translation>
    </message>
    <message>
        <source>Set segment</source>
        <translation>تعیین بخش</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>بخش:</translation>
    </message>
    <message>
        <source>Set industry</source>
        <translation>تعیین صنعت</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>صنعت:</translation>
    </message>
    <message>
        <source>Set lead source</source>
        <translation>تعیین منبع سرنخ</translation>
    </message>
    <message>
        <source>Lead source:</source>
        <translation>منبع سرنخ:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <source>Select exactly two contacts to merge.</source>
        <translation>برای ادغام دقیقاً دو مخاطب را برگزینید.</translation>
    </message>
    <message>
        <source>Merge two contacts</source>
        <translation>ادغام دو مخاطب</translation>
    </message>
    <message>
        <source>Remove the {0} contacts in the Trash for good, with their history and their {1} documents? This cannot be undone.</source>
        <translation>{0} مخاطب درون زباله‌دان همراه با تاریخچه و {1} سندشان برای همیشه پاک شوند؟ این کار واگردپذیر نیست.</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>خالی‌کردن زباله‌دان</translation>
    </message>
    <message>
        <source>Remove the {0} contacts in the Trash for good, with their history? This cannot be undone.</source>
        <translation>{0} مخاطب درون زباله‌دان همراه با تاریخچه‌شان برای همیشه پاک شوند؟ این کار واگردپذیر نیست.</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>مخاطب تازه…</translation>
    </message>
    <message>
        <source>Emptying the Trash</source>
        <translation>خالی کردن سطل زباله</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>خالی‌کردن زباله‌دان…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>باز کردن…</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>معامله تازه…</translation>
    </message>
    <message>
        <source>New reminder…</source>
        <translation>یادآور تازه…</translation>
    </message>
    <message>
        <source>Log an interaction…</source>
        <translation>ثبت تعامل…</translation>
    </message>
    <message>
        <source>Write an e-mail…</source>
        <translation>نوشتن ایمیل…</translation>
    </message>
    <message>
        <source>Copy e-mail addresses</source>
        <translation>کپی نشانی‌های ایمیل</translation>
    </message>
    <message>
        <source>Profile sheet (PDF)…</source>
        <translation>برگه نمایه (PDF)…</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>افزودن برچسب…</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>برداشتن برچسب</translation>
    </message>
    <message>
        <source>Set segment…</source>
        <translation>تعیین بخش…</translation>
    </message>
    <message>
        <source>Set industry…</source>
        <translation>تعیین صنعت…</translation>
    </message>
    <message>
        <source>Set lead source…</source>
        <translation>تعیین منبع سرنخ…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Lost customer</source>
        <translation>مشتری از دست رفته</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Mark as VIP</source>
        <translation>نشان‌گذاری به‌عنوان VIP</translation>
    </message>
    <message>
        <source>Not VIP</source>
        <translation>غیر VIP</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>ادغام…</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message>
        <source>close {0}</source>
        <translation>بستن {0}</translation>
    </message>
    <message>
        <source>{0} d</source>
        <translation>{0} روز</translation>
    </message>
    <message>
        <source> · next {0}</source>
        <translation> · بعدی {0}</translation>
    </message>
</context>
<context>
    <name>DealDetails</name>
    <message>
        <source>Own probability</source>
        <translation>احتمال ویژه</translation>
    </message>
    <message>
        <source>archived (not on the board)</source>
        <translation>بایگانی‌شده (روی تابلو نیست)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>احتمال موفقیت</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>بستن پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>صورت‌حساب</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Mark paid today</source>
        <translation>امروز پرداخت شد</translation>
    </message>
    <message>
        <source>Pay part…</source>
        <translation>پرداخت بخشی…</translation>
    </message>
    <message>
        <source>Part of the invoice paid: a payment of its own, the rest still owed</source>
        <translation>بخشی از صورت‌حساب پرداخت شد: پرداختی جداگانه، و باقی هنوز بدهی است</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>یادآور</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>قبلاً</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>اکنون</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>تاریخچه مرحله‌ها</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>تعامل‌ها</translation>
    </message>
    <message>
        <source>Invoices and payments</source>
        <translation>فاکتورها و پرداخت‌ها</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>یادآورها</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>تغییرات</translation>
    </message>
    <message>
        <source>Log an interaction…</source>
        <translation>ثبت تعامل…</translation>
    </message>
    <message>
        <source>A call, e-mail or meeting about this deal (it counts as the deal's activity), and its follow-up</source>
        <translation>تماس، ایمیل یا جلسه‌ای دربارهٔ این معامله (فعالیت معامله به شمار می‌آید) و پیگیری آن</translation>
    </message>
    <message>
        <source>New reminder…</source>
        <translation>یادآور تازه…</translation>
    </message>
    <message>
        <source>New invoice…</source>
        <translation>فاکتور تازه…</translation>
    </message>
    <message>
        <source>An invoice or payment for this deal, in the customer's record too</source>
        <translation>فاکتور یا پرداختی برای این معامله، که در پروندهٔ مشتری هم می‌آید</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>بازگشایی</translation>
    </message>
    <message>
        <source>Bring back to the board</source>
        <translation>بازگرداندن به تابلو</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>A deal entered by mistake; its open reminders go with it. Edit › Undo brings them back.</source>
        <translation>معامله‌ای که اشتباهی ثبت شده؛ یادآورهای باز آن هم با آن حذف می‌شوند. ویرایش › واگرد آن‌ها را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حذف‌شده</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>حذف‌نشده</translation>
    </message>
    <message>
        <source>the stage's</source>
        <translation>پیش‌فرض مرحله</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>on the board</source>
        <translation>روی تابلو</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>معامله تازه</translation>
    </message>
    <message>
        <source>Own probability</source>
        <translation>احتمال ویژه</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>احتمال موفقیت</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>بستن پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>choose a customer from the suggestions</source>
        <translation>یک مشتری از پیشنهادها برگزینید</translation>
    </message>
</context>
<context>
    <name>DealListModel</name>
    <message>
        <source>Lead score: no rule applies</source>
        <translation>امتیاز سرنخ: هیچ قاعده‌ای صدق نمی‌کند</translation>
    </message>
    <message>
        <source>Lead score {0}:</source>
        <translation>امتیاز سرنخ {0}:</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Probable duplicates</source>
        <translation>تکراری‌های احتمالی</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>چرا</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>ادغام…</translation>
    </message>
    <message>
        <source>{0} probable pairs</source>
        <translation>{0} جفت احتمالی</translation>
    </message>
    <message>
        <source> (showing the first {0})</source>
        <translation> (نمایش {0} مورد نخست)</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>row {0}, {1}: {2}</source>
        <translation>ردیف {0}، {1}: {2}</translation>
    </message>
    <message>
        <source>row {0}: {1}</source>
        <translation>ردیف {0}: {1}</translation>
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
        <translation>پرونده را برگزینید</translation>
    </message>
    <message>
        <source>CSV or TSV in any encoding, Excel (XLSX, XLS), LibreOffice (ODS) or vCard.</source>
        <translation>CSV یا TSV با هر رمزگذاری، Excel (XLSX، XLS)، LibreOffice (ODS) یا vCard.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>مرور…</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>یک مخاطب</translation>
    </message>
    <message>
        <source>a payment or invoice</source>
        <translation>یک پرداخت یا فاکتور</translation>
    </message>
    <message>
        <source>a deal (as crm-desktop exports them)</source>
        <translation>یک معامله (آن‌گونه که crm-desktop برون‌بری می‌کند)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>برگه</translation>
    </message>
    <message>
        <source>Each row is</source>
        <translation>هر سطر</translation>
    </message>
    <message>
        <source>Import contacts, deals or payments</source>
        <translation>درون‌ریزی مخاطبان، معامله‌ها یا پرداخت‌ها</translation>
    </message>
    <message>
        <source>Contacts, deals or payments ({0});;All files (*)</source>
        <translation>مخاطبان، معامله‌ها یا پرداخت‌ها ({0});;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>{0} columns, header on row {1}</source>
        <translation>{0} ستون، سرستون در ردیف {1}</translation>
    </message>
    <message>
        <source>recognised: {0}</source>
        <translation>شناخته شد: {0}</translation>
    </message>
    <message>
        <source>deals as crm-desktop exports them: a deal per row, its contact found or made</source>
        <translation>معامله‌ها به شکل برون‌بری crm-desktop: هر ردیف یک معامله، مخاطبش پیدا یا ساخته می‌شود</translation>
    </message>
    <message>
        <source>payments or invoices: one per row, its customer found by e-mail or name, or made</source>
        <translation>پرداخت‌ها یا فاکتورها: یکی در هر سطر؛ مشتری با ایمیل یا نام پیدا یا ساخته می‌شود</translation>
    </message>
    <message>
        <source>encoding {0}, separator {1}</source>
        <translation>رمزگذاری {0}، جداکننده {1}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>City/region</source>
        <translation>شهر/استان</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>VIP: any</source>
        <translation>VIP: هر کدام</translation>
    </message>
    <message>
        <source>VIP only</source>
        <translation>فقط VIP</translation>
    </message>
    <message>
        <source>Not VIP</source>
        <translation>غیر VIP</translation>
    </message>
    <message>
        <source>Status: any</source>
        <translation>وضعیت: هر کدام</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>سرنخ‌ها</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>از دست رفته‌ها</translation>
    </message>
    <message>
        <source>any</source>
        <translation>هر کدام</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>Overdue to buy</source>
        <translation>خرید عقب‌افتاده</translation>
    </message>
    <message>
        <source>Customers who have not bought for more than twice their usual interval: at risk of leaving</source>
        <translation>مشتریانی که بیش از دو برابر فاصلهٔ همیشگی‌شان خرید نکرده‌اند: در خطر از دست رفتن</translation>
    </message>
    <message>
        <source>Owes money</source>
        <translation>بدهکار</translation>
    </message>
    <message>
        <source>Customers with an invoice unpaid past its due day</source>
        <translation>مشتریانی که فاکتوری پرداخت‌نشده پس از سررسید دارند</translation>
    </message>
    <message>
        <source>Birthday soon</source>
        <translation>تولد نزدیک</translation>
    </message>
    <message>
        <source>Contacts whose birthday falls within {0} days, to send greetings in time</source>
        <translation>مخاطبانی که تولدشان تا {0} روز دیگر است، برای تبریک به‌موقع</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>پاک‌کردن پالایه‌ها</translation>
    </message>
    <message>
        <source>No contact for</source>
        <translation>بی‌تماس به مدت</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Remind me to follow up</source>
        <translation>یادآوری برای پیگیری</translation>
    </message>
</context>
<context>
    <name>FunnelBoard</name>
    <message>
        <source>New deal…</source>
        <translation>معامله تازه…</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>مرحله‌ها…</translation>
    </message>
    <message>
        <source>Scoring rules…</source>
        <translation>قاعده‌های امتیازدهی…</translation>
    </message>
    <message>
        <source>Marketing spend…</source>
        <translation>هزینه‌های بازاریابی…</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>سنجه‌ها</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>باز کردن…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>انتقال به</translation>
    </message>
    <message>
        <source>Log an interaction…</source>
        <translation>ثبت تعامل…</translation>
    </message>
    <message>
        <source>New reminder…</source>
        <translation>یادآور تازه…</translation>
    </message>
    <message>
        <source>Customer record</source>
        <translation>پروندهٔ مشتری</translation>
    </message>
    <message>
        <source>Bring back to the board</source>
        <translation>بازگرداندن به تابلو</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <source>Off the board and its totals; kept with its history</source>
        <translation>از تابلو و جمع‌ها برداشته می‌شود؛ با سابقه‌اش نگه داشته می‌شود</translation>
    </message>
    <message>
        <source>Archive all {0} shown in this column…</source>
        <translation>بایگانی همهٔ {0} معاملهٔ نمایش‌داده‌شده در این ستون…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>A deal entered by mistake; its open reminders go with it</source>
        <translation>معامله‌ای که اشتباهی ثبت شده؛ یادآورهای باز آن هم با آن حذف می‌شوند</translation>
    </message>
    <message>
        <source>Archive deals</source>
        <translation>بایگانی معامله‌ها</translation>
    </message>
    <message>
        <source>Archive the {0} deals shown in “{1}”? They leave the board and its totals, keeping their history; Undo brings them back.</source>
        <translation>{0} معاملهٔ نمایش‌داده‌شده در «{1}» بایگانی شوند؟ از تابلو و جمع‌ها برداشته می‌شوند و سابقه‌شان می‌ماند؛ «واگرد» آن‌ها را بازمی‌گرداند.</translation>
    </message>
</context>
<context>
    <name>FunnelMetricsPanel</name>
    <message>
        <source>Deals created</source>
        <translation>معامله‌های ساخته‌شده</translation>
    </message>
    <message>
        <source>Won / lost</source>
        <translation>برده / از دست رفته</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>نرخ برد</translation>
    </message>
    <message>
        <source>Average sales cycle</source>
        <translation>میانگین چرخه فروش</translation>
    </message>
    <message>
        <source>{0:.0f} days</source>
        <translation>{0:.0f} روز</translation>
    </message>
    <message>
        <source>Lost: {0}</source>
        <translation>از دست رفته: {0}</translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation>میانگین روزها در مرحله</translation>
    </message>
    <message>
        <source>Weighted forecast ({0})</source>
        <translation>پیش‌بینی وزن‌دار ({0})</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>به ازای هر مشتری</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>هزینهٔ جذب</translation>
    </message>
</context>
<context>
    <name>FunnelSettings</name>
    <message>
        <source>Funnel stages and loss reasons</source>
        <translation>مرحله‌های قیف و دلیل‌های از دست رفتن</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Win probability %</source>
        <translation>احتمال بردن ٪</translation>
    </message>
    <message>
        <source>Stale after days (0: never)</source>
        <translation>راکد پس از چند روز (۰: هرگز)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>افزودن مرحله</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>بالاتر</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>پایین‌تر</translation>
    </message>
    <message>
        <source>Open stages, in order (Won and Lost come after):</source>
        <translation>مرحله‌های باز، به ترتیب (برنده و از دست رفته پس از آن‌ها می‌آیند):</translation>
    </message>
    <message>
        <source>Loss reasons, one per line:</source>
        <translation>دلیل‌های از دست رفتن، هر کدام در یک خط:</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts, deals or payments</source>
        <translation>درون‌ریزی مخاطبان، معامله‌ها یا پرداخت‌ها</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>بررسی پرونده</translation>
    </message>
    <message>
        <source>Putting the data back as it was…</source>
        <translation>داده‌ها به حالت پیشین بازگردانده می‌شوند…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>در حال ورود</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log an interaction</source>
        <translation>ثبت تعامل</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>ویرایش تعامل</translation>
    </message>
    <message>
        <source>Satisfaction measured</source>
        <translation>رضایت سنجیده‌شده</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>رضایت (۱ تا ۵)</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>پیگیری در</translation>
    </message>
    <message>
        <source>Follow up: {0}</source>
        <translation>پیگیری: {0}</translation>
    </message>
    <message>
        <source>Answer complaint: {0}</source>
        <translation>پاسخ به شکایت: {0}</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>شکایت</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Company size (employees)</source>
        <translation>اندازه شرکت (کارکنان)</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>ارزش معامله</translation>
    </message>
    <message>
        <source>Interactions in the last 30 days</source>
        <translation>تعامل‌های ۳۰ روز گذشته</translation>
    </message>
    <message>
        <source>Has an e-mail</source>
        <translation>ایمیل دارد</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>is</source>
        <translation>برابر است با</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>برابر نیست با</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>دارد</translation>
    </message>
    <message>
        <source>is filled in</source>
        <translation>پر شده است</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>خالی است</translation>
    </message>
    <message>
        <source>low</source>
        <translation>پایین</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>میانه</translation>
    </message>
    <message>
        <source>high</source>
        <translation>بالا</translation>
    </message>
    <message>
        <source>retain</source>
        <translation>نگه‌داشتن</translation>
    </message>
    <message>
        <source>develop</source>
        <translation>پرورش</translation>
    </message>
    <message>
        <source>win back</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>کارایی</translation>
    </message>
    <message>
        <source>acquisition</source>
        <translation>جذب</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>بازخورد</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>پیام‌رسان</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>پست</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Lost customer</source>
        <translation>مشتری از دست رفته</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ساخته شد</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>افزوده شد</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تغییر کرد</translation>
    </message>
    <message>
        <source>Moved to Trash</source>
        <translation>به سطل زباله رفت</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>بازگردانده شد</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>تعامل</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>Competitor's offer</source>
        <translation>پیشنهاد رقیب</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>ترجیح می‌دهد</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>می‌پسندد</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>نیازها</translation>
    </message>
    <message>
        <source>Hidden needs</source>
        <translation>نیازهای پنهان</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>احتمال موفقیت</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف‌شده</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>ایمیل یکسان</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>تلفن یکسان</translation>
    </message>
    <message>
        <source>same name, same company</source>
        <translation>نام یکسان، شرکت یکسان</translation>
    </message>
    <message>
        <source>same name, same city</source>
        <translation>نام یکسان، شهر یکسان</translation>
    </message>
    <message>
        <source>similar name, same company</source>
        <translation>نام مشابه، شرکت یکسان</translation>
    </message>
    <message>
        <source>similar name, same city</source>
        <translation>نام مشابه، شهر یکسان</translation>
    </message>
    <message>
        <source>new</source>
        <translation>تازه</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>آگاهی</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>علاقه</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>تصمیم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>برنده</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>از دست رفته</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>بودجه ندارد</translation>
    </message>
    <message>
        <source>No need now</source>
        <translation>فعلاً نیازی نیست</translation>
    </message>
    <message>
        <source>Wrong contact</source>
        <translation>مخاطب نادرست</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>رقیب را برگزید</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>Kind (person/company)</source>
        <translation>نوع (شخص/شرکت)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>نام میانی</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Company e-mail</source>
        <translation>ایمیل شرکت</translation>
    </message>
    <message>
        <source>Skip them (keep what the database has)</source>
        <translation>ردشدن از آن‌ها (آنچه در پایگاه داده هست بماند)</translation>
    </message>
    <message>
        <source>Fill in the empty fields of the existing contact</source>
        <translation>پرکردن فیلدهای خالی مخاطب موجود</translation>
    </message>
    <message>
        <source>Overwrite the existing contact with the file's values</source>
        <translation>بازنویسی مخاطب موجود با مقدارهای پرونده</translation>
    </message>
    <message>
        <source>Create them anyway, as new contacts</source>
        <translation>با این حال به‌عنوان مخاطب تازه ساخته شوند</translation>
    </message>
    <message>
        <source>e-mails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>تاریخ‌ها</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>دلیل از دست رفتن</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>بستن پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته شد</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>مبلغ پرداخت‌شده</translation>
    </message>
    <message>
        <source>Balance (left to pay)</source>
        <translation>مانده (باقی برای پرداخت)</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>صورت‌حساب</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>تاریخ صورت‌حساب</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>Lost note</source>
        <translation>یادداشت از دست رفتن</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>برگه</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>نگاشت</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>سررسید گذشته</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>۷ روز آینده</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>بعدتر</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>یادآور</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Contact / deal</source>
        <translation>مخاطب / معامله</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>۳۰ روز گذشته</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>۹۰ روز گذشته</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>۱۲ ماه گذشته</translation>
    </message>
    <message>
        <source>Last 3 years</source>
        <translation>۳ سال گذشته</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>The computer's language</source>
        <translation>زبان رایانه</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>The window will speak {0} from its next start. Start it again now?</source>
        <translation>پنجره از اجرای بعدی به زبان «{0}» خواهد بود. همین حالا دوباره اجرا شود؟</translation>
    </message>
</context>
<context>
    <name>LazyChoiceBox</name>
    <message>
        <source>any</source>
        <translation>هر کدام</translation>
    </message>
</context>
<context>
    <name>LossReasonDialog</name>
    <message>
        <source>Why was “{0}” lost?</source>
        <translation>چرا «{0}» از دست رفت؟</translation>
    </message>
    <message>
        <source>e.g. which competitor, what price</source>
        <translation>مانند کدام رقیب، چه قیمتی</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
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
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>یادآورها</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>&amp;Undo last import…</source>
        <translation>واگرد آخرین ورود…</translation>
    </message>
    <message>
        <source>&amp;Export contacts in view…</source>
        <translation>صدور مخاطبان نمایش‌داده‌شده…</translation>
    </message>
    <message>
        <source>Export selected to &amp;vCard…</source>
        <translation>صدور برگزیده‌ها به vCard…</translation>
    </message>
    <message>
        <source>Export &amp;deals…</source>
        <translation>برون‌بری &amp;معامله‌ها…</translation>
    </message>
    <message>
        <source>Export &amp;payments…</source>
        <translation>برون‌بری &amp;پرداخت‌ها…</translation>
    </message>
    <message>
        <source>Export &amp;interactions…</source>
        <translation>برون‌بری &amp;تعامل‌ها…</translation>
    </message>
    <message>
        <source>Export reminders to &amp;calendar…</source>
        <translation>صدور یادآورها به تقویم…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>پشتیبان‌گیری از پایگاه داده…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>بازگردانی از پشتیبان…</translation>
    </message>
    <message>
        <source>&amp;Automatic backups…</source>
        <translation>پشتیبان‌گیری &amp;خودکار…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>انجام دوباره</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>مخاطب تازه…</translation>
    </message>
    <message>
        <source>New d&amp;eal…</source>
        <translation>معامله تازه…</translation>
    </message>
    <message>
        <source>New &amp;reminder…</source>
        <translation>یادآور تازه…</translation>
    </message>
    <message>
        <source>&amp;Log an interaction…</source>
        <translation>ثبت تعامل…</translation>
    </message>
    <message>
        <source>&amp;Find contacts</source>
        <translation>جست‌وجوی مخاطبان</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>یافتن تکراری‌ها…</translation>
    </message>
    <message>
        <source>Ta&amp;gs…</source>
        <translation>برچسب‌ها…</translation>
    </message>
    <message>
        <source>Empty &amp;Trash…</source>
        <translation>خالی‌کردن زباله‌دان…</translation>
    </message>
    <message>
        <source>Your &amp;business…</source>
        <translation>&amp;کسب‌وکار شما…</translation>
    </message>
    <message>
        <source>&amp;Service levels and win-back…</source>
        <translation>سطح خدمات و بازگرداندن مشتری…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>نما</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>F&amp;unnel</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <source>&amp;Reminders pane</source>
        <translation>پنل یادآورها</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;تقویم</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>Customer &amp;asset matrix…</source>
        <translation>ماتریس دارایی مشتریان…</translation>
    </message>
    <message>
        <source>&amp;Unpaid invoices</source>
        <translation>فاکتورهای &amp;پرداخت‌نشده</translation>
    </message>
    <message>
        <source>Customer &amp;profile sheet</source>
        <translation>برگه نمایه مشتری</translation>
    </message>
    <message>
        <source>Customer &amp;statement of account</source>
        <translation>&amp;صورت‌حساب مشتری</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>&amp;About crm-desktop</source>
        <translation>درباره crm-desktop</translation>
    </message>
    <message>
        <source>Imported: {0} new, {1} updated, {2} skipped, {3} refused</source>
        <translation>وارد شد: {0} تازه، {1} به‌روزشده، {2} ردشده، {3} نپذیرفته</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>واگرد ورود</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>ورودی برای واگرد نیست.</translation>
    </message>
    <message>
        <source>Undo the import of {0} (new deals: {1})? New deals and the contacts made for them are removed, and contacts it made customers are put back; deals you have worked on since are kept.</source>
        <translation>درون‌ریزی {0} (معامله‌های تازه: {1}) برگردانده شود؟ معامله‌های تازه و مخاطبانی که برایشان ساخته شد حذف می‌شوند و مخاطبانی که مشتری شدند به حالت پیش برمی‌گردند؛ معامله‌هایی که از آن زمان رویشان کار کرده‌اید می‌مانند.</translation>
    </message>
    <message>
        <source>Undo the import of {0} ({1} new, {2} updated)? New contacts are removed and changed ones put back as they were; contacts you have worked on since are kept.</source>
        <translation>ورود {0} ({1} تازه، {2} به‌روزشده) واگرد شود؟ مخاطبان تازه حذف و تغییریافته‌ها به حالت پیشین بازگردانده می‌شوند؛ مخاطبانی که پس از آن رویشان کار کرده‌اید می‌مانند.</translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>در حال واگرد ورود</translation>
    </message>
    <message>
        <source>Import undone. Deals removed: {0}; contacts removed: {1}; deals kept as you have worked on them since: {2}</source>
        <translation>درون‌ریزی برگردانده شد. معامله‌های حذف‌شده: {0}؛ مخاطبان حذف‌شده: {1}؛ معامله‌هایی که چون رویشان کار کرده‌اید ماندند: {2}</translation>
    </message>
    <message>
        <source>Import undone: {0} removed, {1} put back, {2} kept as you have worked on them since</source>
        <translation>ورود واگرد شد: {0} حذف، {1} بازگردانده، {2} نگه داشته شد چون پس از آن رویشان کار کرده‌اید</translation>
    </message>
    <message>
        <source>Reopen deal</source>
        <translation>بازگشایی معامله</translation>
    </message>
    <message>
        <source>Shown again with changes made outside this window</source>
        <translation>با تغییرهایی که بیرون از این پنجره انجام شد دوباره نمایش داده شد</translation>
    </message>
    <message>
        <source>As the language has it</source>
        <translation>به روال زبان</translation>
    </message>
    <message>
        <source>Gregorian (2026-03-31)</source>
        <translation>میلادی (2026-03-31)</translation>
    </message>
    <message>
        <source>Solar Hijri (1405/01/11)</source>
        <translation>هجری خورشیدی (1405/01/11)</translation>
    </message>
    <message>
        <source>Export reminders</source>
        <translation>صدور یادآورها</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>صدور ناموفق بود</translation>
    </message>
    <message>
        <source>{0} reminders written to {1}</source>
        <translation>{0} یادآور در {1} نوشته شد</translation>
    </message>
    <message>
        <source>Open {0} now?</source>
        <translation>{0} اکنون باز شود؟</translation>
    </message>
    <message>
        <source>Funnel report</source>
        <translation>گزارش قیف فروش</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>گزارش فعالیت</translation>
    </message>
    <message>
        <source>Unpaid invoices</source>
        <translation>فاکتورهای پرداخت‌نشده</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>صورت‌حساب</translation>
    </message>
    <message>
        <source>The account from the first day to the last, and the invoices still open on the last.</source>
        <translation>حساب از روز نخست تا روز آخر، و صورت‌حساب‌هایی که در روز آخر هنوز باز هستند.</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>نمایه مشتری</translation>
    </message>
    <message>
        <source>Select a contact first.</source>
        <translation>نخست یک مخاطب را برگزینید.</translation>
    </message>
    <message>
        <source>Finding duplicates</source>
        <translation>در حال یافتن تکراری‌ها</translation>
    </message>
    <message>
        <source>Export contacts in view</source>
        <translation>صدور مخاطبان نمایش‌داده‌شده</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;CSV for Excel, UTF-8 with BOM (*.csv)</source>
        <translation>کارپوشه Excel (*.xlsx);;CSV، UTF-8 (*.csv);;CSV برای Excel، UTF-8 با BOM (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import contacts, deals or payments…</source>
        <translation>&amp;درون‌ریزی مخاطبان، معامله‌ها یا پرداخت‌ها…</translation>
    </message>
    <message>
        <source>&amp;Funnel</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>Contact &amp;list of the view</source>
        <translation>فهرست مخاطبان این نما</translation>
    </message>
    <message>
        <source>Undo the import of {0} (new payments: {1}, invoices paid: {2})? New payments and the contacts made for them are removed, invoices it paid, in whole or in part, are open again as they were, and contacts it made customers are put back.</source>
        <translation>درون‌ریزی {0} برگردانده شود (پرداخت‌های تازه: {1}، صورت‌حساب‌های پرداخت‌شده: {2})؟ پرداخت‌های تازه و مخاطبانی که برایشان ساخته شد حذف می‌شوند، صورت‌حساب‌هایی که همه یا بخشی از آن‌ها پرداخت شد مانند پیش دوباره باز می‌شوند، و مخاطبانی که مشتری شدند به حالت پیشین برمی‌گردند.</translation>
    </message>
    <message>
        <source>Import undone. Payments removed: {0}; invoices open again: {1}; contacts removed: {2}</source>
        <translation>درون‌ریزی برگردانده شد. پرداخت‌های حذف‌شده: {0}؛ صورت‌حساب‌های دوباره باز: {1}؛ مخاطبان حذف‌شده: {2}</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>فهرست مخاطبان</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>ثبت تعامل</translation>
    </message>
    <message>
        <source>Export deals</source>
        <translation>برون‌بری معامله‌ها</translation>
    </message>
    <message>
        <source>Exporting deals</source>
        <translation>در حال برون‌بری معامله‌ها</translation>
    </message>
    <message>
        <source>{0} deals written to {1}</source>
        <translation>{0} معامله در {1} نوشته شد</translation>
    </message>
    <message>
        <source>Export payments</source>
        <translation>برون‌بری پرداخت‌ها</translation>
    </message>
    <message>
        <source>Exporting payments</source>
        <translation>در حال برون‌بری پرداخت‌ها</translation>
    </message>
    <message>
        <source>{0} payments written to {1}</source>
        <translation>{0} پرداخت در {1} نوشته شد</translation>
    </message>
    <message>
        <source>Export interactions</source>
        <translation>برون‌بری تعامل‌ها</translation>
    </message>
    <message>
        <source>Exporting interactions</source>
        <translation>در حال برون‌بری تعامل‌ها</translation>
    </message>
    <message>
        <source>{0} interactions written to {1}</source>
        <translation>{0} تعامل در {1} نوشته شد</translation>
    </message>
    <message>
        <source>Export to vCard</source>
        <translation>صدور به vCard</translation>
    </message>
    <message>
        <source>Select the contacts to export first.</source>
        <translation>نخست مخاطبانی را که باید صادر شوند برگزینید.</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Exporting contacts</source>
        <translation>در حال صدور مخاطبان</translation>
    </message>
    <message>
        <source>{0} contacts written to {1}</source>
        <translation>{0} مخاطب در {1} نوشته شد</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>پشتیبان‌گیری از پایگاه داده</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3)</source>
        <translation>پایگاه داده SQLite (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>در حال پشتیبان‌گیری</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>پشتیبان‌گیری ناموفق بود</translation>
    </message>
    <message>
        <source>Backup written to {0}</source>
        <translation>پشتیبان در {0} نوشته شد</translation>
    </message>
    <message>
        <source>The daily backup is no longer copied elsewhere.</source>
        <translation>پشتیبان روزانه دیگر در جای دیگری رونوشت نمی‌شود.</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>پشتیبان‌گیری خودکار</translation>
    </message>
    <message>
        <source>Each day's backup is copied to {0} too.</source>
        <translation>پشتیبان هر روز در {0} هم رونوشت می‌شود.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>بازگردانی از پشتیبان</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.db);;All files (*)</source>
        <translation>پایگاه داده SQLite (*.sqlite3 *.db);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Replace everything in this database with the backup?&lt;br&gt;&lt;br&gt;&lt;b&gt;The backup&lt;/b&gt; ({0}, saved {1}): {2} contacts, {3} deals, {6} documents.&lt;br&gt;&lt;b&gt;Now&lt;/b&gt;: {4} contacts, {5} deals, {7} documents.&lt;br&gt;&lt;br&gt;What is here now is first saved as a backup beside the database.</source>
        <translation>همه‌چیز در این پایگاه داده با پشتیبان جایگزین شود؟&lt;br&gt;&lt;br&gt;&lt;b&gt;پشتیبان&lt;/b&gt; ({0}، ذخیره‌شده در {1}): {2} مخاطب، {3} معامله، {6} سند.&lt;br&gt;&lt;b&gt;اکنون&lt;/b&gt;: {4} مخاطب، {5} معامله، {7} سند.&lt;br&gt;&lt;br&gt;داده‌های کنونی نخست به‌صورت پشتیبان کنار پایگاه داده ذخیره می‌شوند.</translation>
    </message>
    <message>
        <source>Replace everything in this database with the backup?&lt;br&gt;&lt;br&gt;&lt;b&gt;The backup&lt;/b&gt; ({0}, saved {1}): {2} contacts, {3} deals.&lt;br&gt;&lt;b&gt;Now&lt;/b&gt;: {4} contacts, {5} deals.&lt;br&gt;&lt;br&gt;What is here now is first saved as a backup beside the database.</source>
        <translation>همه‌چیز در این پایگاه داده با پشتیبان جایگزین شود؟&lt;br&gt;&lt;br&gt;&lt;b&gt;پشتیبان&lt;/b&gt; ({0}، ذخیره‌شده در {1}): {2} مخاطب، {3} معامله.&lt;br&gt;&lt;b&gt;اکنون&lt;/b&gt;: {4} مخاطب، {5} معامله.&lt;br&gt;&lt;br&gt;داده‌های کنونی نخست به‌صورت پشتیبان کنار پایگاه داده ذخیره می‌شوند.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>در حال بازگردانی</translation>
    </message>
    <message>
        <source>Restored from {0}. The data it replaced is saved as {1}</source>
        <translation>از {0} بازگردانده شد. داده‌های جایگزین‌شده در {1} ذخیره شدند</translation>
    </message>
    <message>
        <source>About crm-desktop</source>
        <translation>درباره crm-desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; {1}&lt;br&gt;An offline CRM for a small business.&lt;br&gt;Database: {2}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; {1}&lt;br&gt;یک CRM آفلاین برای کسب‌وکار کوچک.&lt;br&gt;پایگاه داده: {2}</translation>
    </message>
    <message>
        <source>Automatic backups: {0} in {1}, the newest {2}</source>
        <translation>پشتیبان‌های خودکار: {0} در {1}، تازه‌ترین {2}</translation>
    </message>
    <message>
        <source>Copied each day to {0}</source>
        <translation>رونوشت روزانه در {0}</translation>
    </message>
    <message>
        <source>Contacts: {0}</source>
        <translation>مخاطبان: {0}</translation>
    </message>
    <message>
        <source>Contacts: {0} of {1}</source>
        <translation>مخاطبان: {0} از {1}</translation>
    </message>
    <message>
        <source>Reminders: {0} open, {1} overdue</source>
        <translation>یادآورها: {0} باز، {1} سررسید گذشته</translation>
    </message>
</context>
<context>
    <name>ManyInteractionsDialog</name>
    <message>
        <source>Log an interaction with {0} contacts</source>
        <translation>ثبت تعامل با {0} مخاطب</translation>
    </message>
    <message>
        <source>Follow up: {0}</source>
        <translation>پیگیری: {0}</translation>
    </message>
    <message>
        <source>Answer complaint: {0}</source>
        <translation>پاسخ به شکایت: {0}</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>شکایت</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which column is which</source>
        <translation>کدام ستون چیست</translation>
    </message>
    <message>
        <source>Guessed from the headers and the values; change any of them. Several columns can fill e-mail, phone and notes.</source>
        <translation>از سرستون‌ها و مقدارها حدس زده شده است؛ هر کدام را می‌توانید تغییر دهید. چند ستون می‌توانند ایمیل، تلفن و یادداشت را پر کنند.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>نمونه‌ها</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>می‌رود به</translation>
    </message>
    <message>
        <source>Split a full name into first and last name</source>
        <translation>جداکردن نام کامل به نام و نام خانوادگی</translation>
    </message>
    <message>
        <source>Country code for phone numbers written without +country code, e.g. GB, RU, IR</source>
        <translation>کد کشور برای شماره‌هایی که بدون +کد کشور نوشته شده‌اند، مانند GB، RU، IR</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>به‌کاربردن</translation>
    </message>
    <message>
        <source>Save mapping as…</source>
        <translation>ذخیره نگاشت با نام…</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>منطقه تلفن</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>نگاشت‌های ذخیره‌شده</translation>
    </message>
    <message>
        <source>— skip —</source>
        <translation>— نادیده گرفتن —</translation>
    </message>
    <message>
        <source>— another address —</source>
        <translation>— نشانی دیگر —</translation>
    </message>
    <message>
        <source>Read as the address of a row that has none in the first address's columns; beside one, kept in the notes</source>
        <translation>نشانیِ ردیفی خوانده می‌شود که در ستون‌های نشانی اول چیزی ندارد؛ در کنار آن، در یادداشت‌ها نگه داشته می‌شود</translation>
    </message>
    <message>
        <source>as the file's numbers with +code suggest</source>
        <translation>چنان‌که شماره‌های +کددار فایل نشان می‌دهند</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>نگاشت ذخیره‌شده</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>ذخیره نگاشت</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>نگاشت</translation>
    </message>
    <message>
        <source>Map at least one column to a name or a company.</source>
        <translation>دست‌کم یک ستون را به نام یا شرکت نگاشت کنید.</translation>
    </message>
    <message>
        <source>'{0}' is not a country code such as GB, RU or IR. Phone numbers written without +code are read as that country's.</source>
        <translation>«{0}» کد کشور نیست؛ مانند GB، RU یا IR. شماره‌هایی که بدون +کد نوشته شده‌اند، شماره‌های آن کشور خوانده می‌شوند.</translation>
    </message>
</context>
<context>
    <name>MarketingSpendDialog</name>
    <message>
        <source>Marketing spend</source>
        <translation>هزینه‌های بازاریابی</translation>
    </message>
    <message>
        <source>What you spent to bring in leads (ads, fairs, listings), by lead source as your contacts have it. The funnel's metrics divide it by the leads and the new customers each source brought.</source>
        <translation>آنچه برای جذب سرنخ‌ها خرج کرده‌اید (تبلیغات، نمایشگاه، فهرست‌ها)، به تفکیک منبع سرنخ، همان‌طور که در مخاطبان ثبت شده. شاخص‌های قیف این مبلغ را بر سرنخ‌ها و مشتریان تازه‌ای که هر منبع آورده تقسیم می‌کنند.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>واگرد حذف</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two contacts</source>
        <translation>ادغام دو مخاطب</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep as the record&lt;/b&gt;</source>
        <translation>&lt;b&gt;نگه‌داشتن به‌عنوان رکورد اصلی&lt;/b&gt;</translation>
    </message>
    <message>
        <source>E-mails, phones, tags, interactions, payments, deals, reminders, offers and documents of both are kept. The other record goes to the Trash; Undo separates them again.</source>
        <translation>ایمیل‌ها، تلفن‌ها، برچسب‌ها، تعامل‌ها، پرداخت‌ها، معامله‌ها، یادآورها، پیشنهادها و اسناد هر دو نگه داشته می‌شوند. رکورد دیگر به زباله‌دان می‌رود؛ واگرد دوباره جدایشان می‌کند.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Record a competitor's offer</source>
        <translation>ثبت پیشنهاد رقیب</translation>
    </message>
    <message>
        <source>Edit competitor's offer</source>
        <translation>ویرایش پیشنهاد رقیب</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>رقیب</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Done: {0}</source>
        <translation>انجام شد: {0}</translation>
    </message>
    <message>
        <source>e.g. will order in May</source>
        <translation>مثلاً در اردیبهشت سفارش می‌دهد</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>پیگیری در</translation>
    </message>
    <message>
        <source>Follow up: {0}</source>
        <translation>پیگیری: {0}</translation>
    </message>
    <message>
        <source>is not after now</source>
        <translation>پس از اکنون نیست</translation>
    </message>
</context>
<context>
    <name>PartPaymentDialog</name>
    <message>
        <source>Pay part of an invoice</source>
        <translation>پرداخت بخشی از صورت‌حساب</translation>
    </message>
    <message>
        <source>{0} left to pay</source>
        <translation>{0} مانده برای پرداخت</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>صورت‌حساب</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>مبلغ پرداخت‌شده</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>تاریخ پرداخت</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Add an invoice or payment</source>
        <translation>افزودن صورت‌حساب یا پرداخت</translation>
    </message>
    <message>
        <source>Edit invoice or payment</source>
        <translation>ویرایش فاکتور یا پرداخت</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>صورت‌حساب</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>تاریخ صورت‌حساب</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>تاریخ پرداخت</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
</context>
<context>
    <name>PaymentMappingPage</name>
    <message>
        <source>Which column is which</source>
        <translation>کدام ستون چیست</translation>
    </message>
    <message>
        <source>Found from the headers; change any of them. A payment needs its amount, and its customer or their e-mail.</source>
        <translation>از روی سرستون‌ها پیدا شد؛ هر کدام را می‌توانید تغییر دهید. هر پرداخت مبلغ و مشتری یا ایمیل او را لازم دارد.</translation>
    </message>
    <message>
        <source>Date invoices paid on a day the file does not give by their due day</source>
        <translation>صورت‌حساب‌هایی را که روز پرداختشان در فایل نیست با روز سررسیدشان تاریخ بزن</translation>
    </message>
    <message>
        <source>Such as a balance of 0 with no paid date, in an accounting program's invoice list. Without a due day, the invoice date is taken. Unticked, these rows are refused, so that you can give the day they were paid: it tells whether they were paid on time.</source>
        <translation>مانند مانده‌ی صفر بدون تاریخ پرداخت، در فهرست صورت‌حساب‌های یک نرم‌افزار حسابداری. اگر سررسیدی نباشد، تاریخ صورت‌حساب گرفته می‌شود. اگر تیک نخورد، این ردیف‌ها پذیرفته نمی‌شوند تا روز پرداختشان را بدهید: همان روز نشان می‌دهد به‌موقع پرداخت شده‌اند یا نه.</translation>
    </message>
    <message>
        <source>— skip —</source>
        <translation>— نادیده گرفتن —</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>نگاشت</translation>
    </message>
    <message>
        <source>Only one column can give {0}.</source>
        <translation>فقط یک ستون می‌تواند {0} را بدهد.</translation>
    </message>
    <message>
        <source>Choose the column of the amount, and of the customer or their e-mail.</source>
        <translation>ستون مبلغ و ستون مشتری یا ایمیل او را برگزینید.</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>Contacts you have already</source>
        <translation>مخاطبانی که از پیش دارید</translation>
    </message>
    <message>
        <source>A row is the same contact when the e-mail or the phone matches, or the name and the company do. Repeats within the file are handled the same way.</source>
        <translation>یک ردیف همان مخاطب است اگر ایمیل یا تلفن، یا نام و شرکت با هم یکی باشند. تکرارهای درون پرونده هم همین‌گونه بررسی می‌شوند.</translation>
    </message>
    <message>
        <source>Filling in or overwriting adds the file's e-mails, phones and tags to those the contact has; none are removed. Every change can be undone (File &gt; Undo last import).</source>
        <translation>با پر کردن یا بازنویسی، ایمیل‌ها، تلفن‌ها و برچسب‌های پرونده به آنچه مخاطب دارد افزوده می‌شوند؛ چیزی حذف نمی‌شود. هر تغییری را می‌توان برگرداند (پرونده &gt; واگرد آخرین ورود).</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>New reminder</source>
        <translation>یادآور تازه</translation>
    </message>
    <message>
        <source>Edit reminder</source>
        <translation>ویرایش یادآور</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>یک ساعت دیگر</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>فردا ساعت ۹:۰۰</translation>
    </message>
    <message>
        <source>Next Monday</source>
        <translation>دوشنبه آینده</translation>
    </message>
    <message>
        <source>In 1 month</source>
        <translation>یک ماه دیگر</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>تکرار نمی‌شود</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>هر روز</translation>
    </message>
    <message>
        <source>Every week on this weekday</source>
        <translation>هر هفته در همین روز هفته</translation>
    </message>
    <message>
        <source>Every month on this day</source>
        <translation>هر ماه در همین روز</translation>
    </message>
    <message>
        <source>Every month on this weekday (e.g. third Sunday)</source>
        <translation>هر ماه در همین روز هفته (مانند سومین یکشنبه)</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>هر سال</translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation>هر N روز</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>تکرار</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>As now: {0}</source>
        <translation>همانند اکنون: {0}</translation>
    </message>
    <message>
        <source>choose a contact from the suggestions, or leave empty</source>
        <translation>یک مخاطب از پیشنهادها برگزینید یا خالی بگذارید</translation>
    </message>
</context>
<context>
    <name>RemindersPane</name>
    <message>
        <source>&lt;b&gt;Suggested&lt;/b&gt;</source>
        <translation>&lt;b&gt;پیشنهادها&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>یادآورها</translation>
    </message>
    <message>
        <source>Fell due while crm-desktop was closed: {0}</source>
        <translation>سررسیده در زمان بسته‌بودن crm-desktop: {0}</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>یادآور</translation>
    </message>
    <message>
        <source>{0} reminders are due</source>
        <translation>{0} یادآور سررسید شده است</translation>
    </message>
    <message>
        <source>Service level: {0} broken, {1} due within the hour</source>
        <translation>سطح خدمات: {0} شکسته، {1} سررسید تا یک ساعت دیگر</translation>
    </message>
    <message>
        <source>owes {0}, due {1}</source>
        <translation>بدهکار {0}، سررسید {1}</translation>
    </message>
    <message>
        <source>buys every {0} days; none since {1}</source>
        <translation>هر {0} روز خرید می‌کند؛ از {1} خریدی نکرده</translation>
    </message>
    <message>
        <source>today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>birthday {0}, turns {1}</source>
        <translation>تولد {0}، {1} ساله می‌شود</translation>
    </message>
    <message>
        <source>birthday {0}</source>
        <translation>تولد {0}</translation>
    </message>
    <message>
        <source>no contact since {0}</source>
        <translation>بی‌تماس از {0}</translation>
    </message>
    <message>
        <source>lost “{0}” lately</source>
        <translation>«{0}» به‌تازگی از دست رفت</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to follow up.&lt;/b&gt;&lt;br&gt;&lt;br&gt;A reminder (call back, send the contract, follow up an offer) can be tied to a contact or a deal.</source>
        <translation>&lt;b&gt;پیگیری‌ای در کار نیست.&lt;/b&gt;&lt;br&gt;&lt;br&gt;یادآور (تماس دوباره، فرستادن قرارداد، پیگیری یک پیشنهاد) را می‌توان به یک مخاطب یا معامله پیوند داد.</translation>
    </message>
    <message>
        <source>Reminder done</source>
        <translation>یادآور انجام شد</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>۱۵ دقیقه</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>۱ ساعت</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>فردا ساعت ۹:۰۰</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>هفته آینده</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>زمان‌بندی دوباره</translation>
    </message>
    <message>
        <source>Delete reminder</source>
        <translation>حذف یادآور</translation>
    </message>
    <message>
        <source>Done, and log the outcome…</source>
        <translation>انجام شد، و ثبت نتیجه…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>تعویق</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>تا…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>زمان‌بندی دوباره…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>New reminder…</source>
        <translation>یادآور تازه…</translation>
    </message>
    <message>
        <source>Double-click to plan a call tomorrow</source>
        <translation>برای برنامه‌ریزی تماس فردا دوبار کلیک کنید</translation>
    </message>
    <message>
        <source>Double-click to plan greetings on the day</source>
        <translation>برای برنامه‌ریزی تبریک در همان روز دوبار کلیک کنید</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>تعویق تا</translation>
    </message>
    <message>
        <source>Birthday greetings</source>
        <translation>تبریک تولد</translation>
    </message>
    <message>
        <source>Chase payment: invoice {0}</source>
        <translation>پیگیری پرداخت: فاکتور {0}</translation>
    </message>
    <message>
        <source>Check-in call: buys every {0} days</source>
        <translation>تماس پیگیری: هر {0} روز خرید می‌کند</translation>
    </message>
    <message>
        <source>Win-back call</source>
        <translation>تماس بازگرداندن</translation>
    </message>
</context>
<context>
    <name>ReportPeriodDialog</name>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>The first day comes after the last.</source>
        <translation>روز نخست پس از روز آخر است.</translation>
    </message>
</context>
<context>
    <name>SavedViewsButton</name>
    <message>
        <source>Views</source>
        <translation>نماها</translation>
    </message>
    <message>
        <source>Searches and filters kept under a name, to open again</source>
        <translation>جست‌وجوها و فیلترهایی که با نامی نگه داشته شده‌اند تا دوباره باز شوند</translation>
    </message>
    <message>
        <source>Save this view…</source>
        <translation>ذخیرهٔ این نما…</translation>
    </message>
    <message>
        <source>Delete a view</source>
        <translation>حذف نما</translation>
    </message>
    <message>
        <source>Save this view</source>
        <translation>ذخیرهٔ این نما</translation>
    </message>
    <message>
        <source>Name of the view (its search, filters, order and columns are kept; days are counted from whenever it is opened):</source>
        <translation>نام نما (جست‌وجو، فیلترها، ترتیب و ستون‌هایش نگه داشته می‌شوند؛ روزها از هر بار باز شدن آن شمرده می‌شوند):</translation>
    </message>
    <message>
        <source>Replace the view “{0}”?</source>
        <translation>نمای «{0}» جایگزین شود؟</translation>
    </message>
    <message>
        <source>Delete the view “{0}”? The contacts it shows stay as they are.</source>
        <translation>نمای «{0}» حذف شود؟ مخاطبانی که نشان می‌دهد دست‌نخورده می‌مانند.</translation>
    </message>
</context>
<context>
    <name>ScoringDialog</name>
    <message>
        <source>Lead scoring rules</source>
        <translation>قاعده‌های امتیازدهی سرنخ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>شرط</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>افزودن قاعده</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>برداشتن قاعده</translation>
    </message>
    <message>
        <source>Each rule that holds adds its points (negative points subtract). Scores are worked out again on saving.</source>
        <translation>هر قاعده‌ای که برقرار باشد امتیازش را می‌افزاید (امتیاز منفی کم می‌کند). امتیازها هنگام ذخیره دوباره حساب می‌شوند.</translation>
    </message>
</context>
<context>
    <name>ServiceLevelsDialog</name>
    <message>
        <source>Service levels and win-back</source>
        <translation>سطح خدمات و بازگرداندن مشتری</translation>
    </message>
    <message>
        <source>Segment (empty: any)</source>
        <translation>بخش (خالی: هر کدام)</translation>
    </message>
    <message>
        <source>VIP only</source>
        <translation>فقط VIP</translation>
    </message>
    <message>
        <source>Answer within, hours</source>
        <translation>پاسخ در، ساعت</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>Suggest a win-back call after</source>
        <translation>پیشنهاد تماس بازگرداندن پس از</translation>
    </message>
    <message>
        <source>A complaint creates a reminder due at the promised time; the first line that fits the customer counts (VIP lines first).</source>
        <translation>هر شکایت یادآوری در زمان وعده‌داده‌شده می‌سازد؛ نخستین ردیفی که با مشتری جور باشد به کار می‌رود (ردیف‌های VIP نخست).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Contacts › open the selected contact</source>
        <translation>مخاطبان › باز کردن مخاطب برگزیده</translation>
    </message>
    <message>
        <source>Contacts › move the selected contacts to the Trash</source>
        <translation>مخاطبان › انتقال مخاطبان برگزیده به سطل زباله</translation>
    </message>
    <message>
        <source>Funnel › open the selected deal</source>
        <translation>قیف فروش › باز کردن معاملهٔ برگزیده</translation>
    </message>
    <message>
        <source>Funnel › delete the selected deal</source>
        <translation>قیف فروش › حذف معاملهٔ برگزیده</translation>
    </message>
    <message>
        <source>Funnel › move the selected deal to the next or previous stage</source>
        <translation>قیف فروش › انتقال معاملهٔ برگزیده به مرحلهٔ بعد یا قبل</translation>
    </message>
    <message>
        <source>A row's, a card's or a reminder's menu</source>
        <translation>منوی ردیف، کارت یا یادآور</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>فرمان</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Fold or unfold this column</source>
        <translation>جمع یا باز کردن این ستون</translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>معامله‌ای نیست</translation>
    </message>
    <message>
        <source>Total {0}
Weighted {1}</source>
        <translation>جمع {0}
وزن‌دار {1}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>What will happen</source>
        <translation>چه رخ خواهد داد</translation>
    </message>
    <message>
        <source>Checked against your contacts. Import writes exactly this; Back or Cancel leave everything as it was.</source>
        <translation>با مخاطبان شما سنجیده شد. «ورود» دقیقاً همین را می‌نویسد؛ «عقب» یا «انصراف» همه‌چیز را همان‌طور که بود نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Save refused rows as CSV…</source>
        <translation>ذخیره ردیف‌های نپذیرفته در CSV…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was changed.</source>
        <translation>بررسی لغو شد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>, empty rows ignored: {0}</source>
        <translation>، {0} ردیف خالی نادیده گرفته شد</translation>
    </message>
    <message>
        <source>, companies to add for the people: {0}</source>
        <translation>، شرکت‌هایی که برای افراد افزوده می‌شوند: {0}</translation>
    </message>
    <message>
        <source>New deals: &lt;b&gt;{0}&lt;/b&gt; (new contacts: {1}), already there: &lt;b&gt;{2}&lt;/b&gt;, refused: &lt;b&gt;{3}&lt;/b&gt;{4}. Nothing has been written yet.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; معاملهٔ تازه (و {1} مخاطب تازه)، &lt;b&gt;{2}&lt;/b&gt; از پیش موجود، &lt;b&gt;{3}&lt;/b&gt; نپذیرفته{4}. هنوز چیزی نوشته نشده است.</translation>
    </message>
    <message>
        <source>New payments: &lt;b&gt;{0}&lt;/b&gt; (new contacts: {1}), invoices now paid, in whole or in part: &lt;b&gt;{2}&lt;/b&gt;, already there: &lt;b&gt;{3}&lt;/b&gt;, refused: &lt;b&gt;{4}&lt;/b&gt;{5}. Nothing has been written yet.</source>
        <translation>پرداخت‌های تازه: &lt;b&gt;{0}&lt;/b&gt; (مخاطبان تازه: {1})، صورت‌حساب‌هایی که اکنون همه یا بخشی از آن‌ها پرداخت شده: &lt;b&gt;{2}&lt;/b&gt;، از پیش موجود: &lt;b&gt;{3}&lt;/b&gt;، ردشده: &lt;b&gt;{4}&lt;/b&gt;{5}. هنوز چیزی نوشته نشده است.</translation>
    </message>
    <message>
        <source>New: &lt;b&gt;{0}&lt;/b&gt;, updated: &lt;b&gt;{1}&lt;/b&gt;, duplicates skipped: &lt;b&gt;{2}&lt;/b&gt;, refused: &lt;b&gt;{3}&lt;/b&gt;{4}. Nothing has been written yet.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; تازه، &lt;b&gt;{1}&lt;/b&gt; به‌روزشده، &lt;b&gt;{2}&lt;/b&gt; تکراری ردشده، &lt;b&gt;{3}&lt;/b&gt; نپذیرفته{4}. هنوز چیزی نوشته نشده است.</translation>
    </message>
    <message>
        <source>Columns not imported (no field chosen): {0}</source>
        <translation>ستون‌هایی که وارد نمی‌شوند (فیلدی برایشان انتخاب نشده): {0}</translation>
    </message>
    <message>
        <source>Imported as typed, to check later: {0}</source>
        <translation>همان‌گونه که نوشته شده درون‌ریزی می‌شوند، بعداً بررسی کنید: {0}</translation>
    </message>
    <message>
        <source>Imported as typed, to check later: {0} (the first {1} listed)</source>
        <translation>همان‌گونه که نوشته شده درون‌ریزی می‌شوند، بعداً بررسی کنید: {0} (نخستین {1} فهرست شده‌اند)</translation>
    </message>
    <message>
        <source>Save refused rows</source>
        <translation>ذخیره ردیف‌های نپذیرفته</translation>
    </message>
    <message>
        <source>Refused rows saved: {0}, in {1}</source>
        <translation>ردیف‌های نپذیرفته ذخیره شد: {0}، در {1}</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Double-click a tag to rename it on every contact. Give it the name of another tag and the two become one. Contacts in the Trash keep their tags too.</source>
        <translation>برای تغییر نام برچسب در همهٔ مخاطبان، روی آن دوبار کلیک کنید. اگر نام برچسب دیگری را به آن بدهید، این دو یکی می‌شوند. مخاطبان درون زباله‌دان هم برچسب‌هایشان را نگه می‌دارند.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>No tags yet. Tag contacts in their editor, or select several and choose Add tag… from the right-click menu.</source>
        <translation>هنوز برچسبی نیست. در ویرایشگر مخاطب برچسب بزنید، یا چند مخاطب را برگزینید و از منوی کلیک راست «افزودن برچسب…» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>تغییر نام</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Show its contacts</source>
        <translation>نمایش مخاطبانش</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>قرمز</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>نارنجی</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>سبز</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>سبزآبی</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>آبی</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>بنفش</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>خاکستری</translation>
    </message>
    <message>
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>ادغام برچسب‌ها</translation>
    </message>
    <message>
        <source>“{0}” is a tag already ({1} contacts). Make “{2}” part of it?</source>
        <translation>«{0}» از پیش برچسب است ({1} مخاطب). «{2}» با آن یکی شود؟</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>حذف برچسب</translation>
    </message>
    <message>
        <source>Take “{0}” off {1} contacts and delete it? Undo puts it back.</source>
        <translation>«{0}» از {1} مخاطب برداشته و حذف شود؟ با «واگرد» برمی‌گردد.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>New contact</source>
        <translation>مخاطب تازه</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>ویرایش مخاطب</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>انتقال به زباله‌دان</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>بازگرداندن از زباله‌دان</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>افزودن برچسب</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>برداشتن برچسب</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>تغییر نام برچسب</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>حذف برچسب</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>رنگ برچسب</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>افزودن اسناد</translation>
    </message>
    <message>
        <source>Remove documents</source>
        <translation>برداشتن اسناد</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>ثبت تعامل</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>تغییر {0}</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>ادغام مخاطبان</translation>
    </message>
    <message>
        <source>Move deal</source>
        <translation>جابه‌جایی معامله</translation>
    </message>
    <message>
        <source>Archive {0} deals</source>
        <translation>بایگانی {0} معامله</translation>
    </message>
    <message>
        <source>Bring {0} deals back</source>
        <translation>بازگرداندن {0} معامله</translation>
    </message>
    <message>
        <source>Archive deal</source>
        <translation>بایگانی معامله</translation>
    </message>
    <message>
        <source>Bring deal back</source>
        <translation>بازگرداندن معامله</translation>
    </message>
    <message>
        <source>Delete {0} deals</source>
        <translation>حذف {0} معامله</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>حذف معامله</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>ویرایش {0}</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>حذف {0}</translation>
    </message>
    <message>
        <source>Pay part of an invoice</source>
        <translation>پرداخت بخشی از صورت‌حساب</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>تعامل</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>competitor's offer</source>
        <translation>پیشنهاد رقیب</translation>
    </message>
</context>
<context>
    <name>UnhandledError</name>
    <message>
        <source>Something went wrong in crm-desktop, and what you were doing may not have been saved. What was saved before is safe.</source>
        <translation>در crm-desktop خطایی رخ داد و کاری که می‌کردید شاید ذخیره نشده باشد. آنچه پیش‌تر ذخیره شده سالم است.</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
</TS>