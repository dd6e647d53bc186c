#!/usr/bin/env python3
# make_fixtures.py - rebuilds the fixtures of tests/data/ that are derived
# from the real IMPCH snapshots in data/series/ (see README.md here for
# what each one is). Run from the top of the tree: python3 tests/data/make_fixtures.py
# The hand-written fixtures (SDMX, Comtrade) are not touched.
# Invariants: 1. every value comes from a data/series/ file, copied as
# written or summed (and then rounded as stated); 2. output is byte-stable
# (no dates, no dict order), so a rerun leaves `git diff` empty.
import csv

SER = 'data/series/'
OUT = 'tests/data/'
SNAP = {'20170303': 'impch_us_imports_from_china_snapshot_2017-03-03.csv',
        '20190510': 'impch_us_imports_from_china_snapshot_2019-05-10.csv',
        '20260228': 'impch_us_imports_from_china_snapshot_2026-02-28.csv'}


def read(name):
    with open(SER + name, newline='') as f:
        r = csv.reader(f)
        next(r)
        return {row[0]: row[1] for row in r}


def write(name, text, encoding='utf-8', newline='\n'):
    with open(OUT + name, 'w', encoding=encoding, newline=newline) as f:
        f.write(text)


snaps = {k: read(v) for k, v in SNAP.items()}
latest = snaps['20260228']

# ALFRED all-vintages: rows where the three snapshots overlap, and the ends of
# the older ones, where a later period is "." (not yet published) in them.
rows = ['2006-12-01', '2007-01-01', '2007-02-01', '2007-03-01',
        '2016-11-01', '2016-12-01', '2017-01-01', '2017-02-01',
        '2019-02-01', '2019-03-01', '2019-04-01', '2025-11-01', '2025-12-01']
text = 'observation_date,' + ','.join('IMPCH_' + k for k in SNAP) + '\n'
for d in rows:
    text += d + ',' + ','.join(snaps[k].get(d, '.') for k in SNAP) + '\n'
write('alfred_impch_all_vintages.csv', text)


def months(year):
    return ['%d-%02d-01' % (year, m) for m in range(1, 13)]


def qsum(year, q, src=latest):
    return sum(float(src['%d-%02d-01' % (year, m)]) for m in range(3 * q - 2, 3 * q + 1))


# FRED quarterly and annual files (frequency aggregation "sum"), dated on the 1st.
text = 'observation_date,IMPCH\n'
for y in (2023, 2024):
    for q in range(1, 5):
        text += '%d-%02d-01,%.3f\n' % (y, 3 * q - 2, qsum(y, q))
write('fred_impch_quarterly_sum.csv', text)
text = 'observation_date,IMPCH\n'
for y in range(2019, 2026):
    text += '%d-01-01,%.3f\n' % (y, sum(float(latest[d]) for d in months(y)))
write('fred_impch_annual_sum.csv', text)

# `year` first column (annual sums), `1985Q1` quarters (from the 2019 vintage,
# the oldest that holds 1985), and the month notations of 2023.
text = 'year,IMPCH\n'
for y in range(2021, 2026):
    text += '%d,%.1f\n' % (y, sum(float(latest[d]) for d in months(y)))
write('year_column_impch.csv', text)
text = 'period,IMPCH\n'
for q in range(1, 5):
    text += '1985Q%d,%.1f\n' % (q, qsum(1985, q, snaps['20190510']))
write('period_1985q1_impch.csv', text)
for name, fmt in (('period_2023_m09_impch.csv', '%d-M%02d'),
                  ('period_yyyymm_impch.csv', '%d%02d'),
                  ('period_yyyymmdd_impch.csv', '%d%02d01')):
    text = 'period,IMPCH\n'
    for m in range(7, 13):
        text += (fmt % (2023, m)) + ',%.1f\n' % float(latest['2023-%02d-01' % m])
    write(name, text)

# Excel 2016+ "CSV UTF-8" in a German locale: BOM, ';', CRLF, decimal comma,
# dates day first; and the same sheet saved as "Unicode text" (UTF-16LE, BOM, TAB).
rows = [(d, '%.1f' % float(latest[d])) for d in months(2023)]
text = '\ufeffMonat;Importe aus China (Mio. USD)\r\n'
text += ''.join('%s.%s.%s;%s\r\n' % (d[8:10], d[5:7], d[0:4], v.replace('.', ','))
                for d, v in rows)
write('excel_de_impch_2023.csv', text)
text = '\ufeffMonat\tImporte aus China (Mio. USD)\r\n'
text += ''.join('%s.%s.%s\t%s\r\n' % (d[8:10], d[5:7], d[0:4], v.replace('.', ','))
                for d, v in rows)
write('excel_unicode_text_impch_2023.txt', text, encoding='utf-16-le')
# Thousands separators as a US-locale sheet formats them ("#,##0.0"), quoted.
text = 'DATE,IMPCH\n' + ''.join('%s,"%s"\n' % (d, '{:,.1f}'.format(float(v)))
                               for d, v in rows[:6])
write('thousands_comma_impch_2023.csv', text)

# UN Comtrade: the 47 columns of a Comtrade Plus / API v1 CSV, in order.
HDR = ('typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,'
       'reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,'
       'partner2ISO,partner2Desc,classificationCode,classificationSearchCode,'
       'isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,'
       'mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,'
       'altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,'
       'isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,'
       'isAggregate').split(',')


def comtrade(freq, refid, year, month, period, reporter, flow, partner, value):
    r = dict(typeCode='C', freqCode=freq, refPeriodId=refid, refYear=year, refMonth=month,
             period=period, reporterCode=reporter[0], reporterISO=reporter[1],
             reporterDesc=reporter[2], flowCode=flow[0], flowDesc=flow[1],
             partnerCode=partner[0], partnerISO=partner[1], partnerDesc=partner[2],
             partner2Code='0', partner2ISO='W00', partner2Desc='World',
             classificationCode='H6', classificationSearchCode='HS',
             isOriginalClassification='True', cmdCode='TOTAL', cmdDesc='All Commodities',
             aggrLevel='0', isLeaf='False', customsCode='C00', customsDesc='TOTAL CPC',
             mosCode='0', motCode='0', motDesc='TOTAL MOT', qtyUnitCode='-1',
             qtyUnitAbbr='N/A', qty='0', isQtyEstimated='False', altQtyUnitCode='-1',
             altQtyUnitAbbr='N/A', altQty='0', isAltQtyEstimated='False', netWgt='0',
             isNetWgtEstimated='False', grossWgt='0', isGrossWgtEstimated='False',
             cifvalue=value, fobvalue='', primaryValue=value, legacyEstimationFlag='0',
             isReported='False', isAggregate='True')
    return ','.join(r[h] for h in HDR) + '\n'


with open(SER + 'cn_imports_from_ru_as_reported.csv', newline='') as f:
    gacc = {r['period']: r['value'] for r in csv.DictReader(f) if r['series'] == 'CN.IMP.RU'}
text = ','.join(HDR) + '\n'
for per in ('2022-07', '2022-08', '2023-07', '2023-08'):
    y, m = per.split('-')
    text += comtrade('M', y + m + '01', y, str(int(m)), y + m, ('156', 'CHN', 'China'),
                     ('M', 'Import'), ('643', 'RUS', 'Russian Federation'), gacc[per])
write('comtrade_cn_imports_from_ru_monthly.csv', text)
text = ','.join(HDR) + '\n'
for y in (2022, 2023):
    v = '%.0f' % (round(sum(float(latest[d]) for d in months(y)), 1) * 1e6)
    text += comtrade('A', '%d0101' % y, str(y), '52', str(y), ('842', 'USA', 'USA'),
                     ('M', 'Import'), ('156', 'CHN', 'China'), v)
write('comtrade_us_imports_from_cn_annual.csv', text)
