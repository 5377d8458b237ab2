# Writes the bad-input corpus in cases/: each input with a NAME.expect.json sidecar naming the
# expected problem code and place. Lines are found here by searching the text, independently of
# the importer. Run: python3 test/errors/make-cases.py (the files are committed; rerun after edits).
import copy, json, os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases')
for f in os.listdir(HERE):
    os.remove(os.path.join(HERE, f))

BASE = {
    'format': 'costbook-dataset', 'version': 1, 'name': 'Corpus base', 'currencyCode': 'USD',
    'glAccounts': [
        {'no': '2130', 'name': 'Inventory', 'incomeBalance': 'Balance Sheet'},
        {'no': '7290', 'name': 'COGS', 'incomeBalance': 'Income Statement'},
    ],
    'locations': [{'code': 'BLUE', 'name': 'Blue warehouse'}],
    'items': [{'no': '1000', 'description': 'Bicycle', 'costingMethod': 'FIFO', 'unitCost': '10',
               'inventoryPostingGroup': 'RESALE', 'genProdPostingGroup': 'RETAIL'}],
    'inventoryPostingSetup': [{'locationCode': 'BLUE', 'inventoryPostingGroup': 'RESALE', 'inventoryAccount': '2130'}],
    'generalPostingSetup': [{'genBusPostingGroup': 'DOMESTIC', 'genProdPostingGroup': 'RETAIL', 'cogsAccount': '7290'}],
    'itemLedgerEntries': [{'entryNo': 1, 'itemNo': '1000', 'postingDate': '2026-01-05', 'entryType': 'Purchase',
                           'locationCode': 'BLUE', 'quantity': '10', 'invoicedQuantity': '10',
                           'remainingQuantity': '10', 'open': True, 'positive': True}],
    'valueEntries': [{'entryNo': 1, 'itemLedgerEntryNo': 1, 'itemNo': '1000', 'postingDate': '2026-01-05',
                      'itemLedgerEntryType': 'Purchase', 'entryType': 'Direct Cost', 'locationCode': 'BLUE',
                      'itemLedgerEntryQuantity': '10', 'costAmountActual': '100.00', 'costPostedToGL': '100.00'}],
    'glEntries': [{'entryNo': 1, 'glAccountNo': '2130', 'postingDate': '2026-01-05', 'documentNo': 'PI-1',
                   'amount': '100.00'}],
    'glItemLedgerRelations': [{'glEntryNo': 1, 'valueEntryNo': 1, 'amount': '100.00'}],
}


def write(name, text, expect):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    with open(os.path.join(HERE, name + '.expect.json'), 'w') as f:
        f.write(json.dumps(expect, indent=2) + '\n')


def line_of(text, needle, occurrence=1):
    at = -1
    for _ in range(occurrence):
        at = text.index(needle, at + 1)
    return text.count('\n', 0, at) + 1


def raw(name, text, code, **where):
    write(name, text, {'code': code, **where})


def ds(name, change, code, needle=None, strict=False, severity='error', occurrence=1, **where):
    """A JSON dataset: BASE changed by `change(d)`; the line is that of `needle` when given."""
    d = copy.deepcopy(BASE)
    change(d)
    text = json.dumps(d, indent=2, ensure_ascii=False) + '\n'
    exp = {'code': code, 'file': name, **where}
    if needle is not None:
        exp['line'] = line_of(text, needle, occurrence)
    if strict:
        exp['strict'] = True
    if severity != 'error':
        exp['severity'] = severity
    write(name, text, exp)


def csv(name, text, code, as_name, strict=False, severity='error', **where):
    exp = {'code': code, 'as': as_name, 'file': as_name, **where}
    if strict:
        exp['strict'] = True
    if severity != 'error':
        exp['severity'] = severity
    write(name, text, exp)


def setk(path, value):
    def change(d):
        table, index, field = path
        d[table][index][field] = value
    return change


def delk(table, index, field):
    def change(d):
        del d[table][index][field]
    return change


# --- the file as a whole -------------------------------------------------------------------------
raw('empty.json', '', 'file-empty', file='empty.json')
raw('whitespace-only.json', '  \n\t\n', 'file-empty', file='whitespace-only.json')
raw('bom-only.json', '\ufeff', 'file-empty', file='bom-only.json')
raw('syntax-missing-comma.json', '{\n  "format": "costbook-dataset"\n  "version": 1\n}\n', 'json-syntax-error',
    file='syntax-missing-comma.json', line=3, column=3)
raw('syntax-trailing-comma.json', '{\n  "format": "costbook-dataset",\n  "version": 1,\n}\n', 'json-syntax-error',
    file='syntax-trailing-comma.json', line=4, column=1)
raw('syntax-unclosed-string.json', '{\n  "format": "costbook-dataset,\n  "version": 1\n}\n', 'json-syntax-error',
    file='syntax-unclosed-string.json', line=2, column=31)
raw('syntax-single-quotes.json', "{\n  'format': 'costbook-dataset'\n}\n", 'json-syntax-error',
    file='syntax-single-quotes.json', line=2, column=3)
raw('syntax-truncated.json', '{\n  "format": "costbook-dataset",\n  "version": 1,\n  "items": [\n', 'json-syntax-error',
    file='syntax-truncated.json', line=5, column=1)
raw('syntax-comment.json', '{\n  // exported from BC\n  "format": "costbook-dataset"\n}\n', 'json-syntax-error',
    file='syntax-comment.json', line=2, column=3)
raw('syntax-nan.json', '{\n  "format": "costbook-dataset",\n  "version": 1,\n  "glEntries": [{ "amount": NaN }]\n}\n',
    'json-syntax-error', file='syntax-nan.json', line=4, column=29)
raw('syntax-text-after.json', '{ "format": "costbook-dataset", "version": 1 }\n{ }\n', 'json-syntax-error',
    file='syntax-text-after.json', line=2, column=1)
raw('syntax-bom-then-error.json', '\ufeff{\n  "version": 1,,\n}\n', 'json-syntax-error',
    file='syntax-bom-then-error.json', line=2, column=16)
raw('not-an-object.json', '[1, 2, 3]\n', 'format-unknown', file='not-an-object.json')
raw('format-missing.json', '{ "version": 1 }\n', 'format-unknown', file='format-missing.json', field='format')
raw('format-scenario.json', '{ "format": "costbook-scenario", "version": 1 }\n', 'format-unknown',
    file='format-scenario.json', field='format')
raw('version-too-new.json', '{ "format": "costbook-dataset", "version": 2 }\n', 'format-version-too-new',
    file='version-too-new.json', field='version', value='2')
raw('version-string.json', '{ "format": "costbook-dataset", "version": "1" }\n', 'format-unknown',
    file='version-string.json', field='version')
raw('version-zero.json', '{ "format": "costbook-dataset", "version": 0 }\n', 'format-unknown',
    file='version-zero.json', field='version')
raw('version-fraction.json', '{ "format": "costbook-dataset", "version": 1.5 }\n', 'format-unknown',
    file='version-fraction.json', field='version')

# --- values --------------------------------------------------------------------------------------
ds('amount-comma.json', setk(('valueEntries', 0, 'costAmountActual'), '12,5.0'), 'amount-invalid',
   needle='"12,5.0"', table='valueEntries', entryNo=1, field='costAmountActual', value='12,5.0')
ds('amount-too-precise.json', setk(('glEntries', 0, 'amount'), '100.005'), 'amount-too-precise',
   needle='"100.005"', table='glEntries', entryNo=1, field='amount', value='100.005')
ds('amount-json-float.json', setk(('glEntries', 0, 'amount'), 100.5), 'amount-invalid',
   needle='100.5', table='glEntries', field='amount')
ds('amount-thousands.json', setk(('valueEntries', 0, 'costPostedToGL'), '1,000.00'), 'amount-invalid',
   needle='"1,000.00"', field='costPostedToGL')
ds('amount-exponent.json', setk(('valueEntries', 0, 'salesAmountActual'), '1e3'), 'amount-invalid',
   needle='"1e3"', field='salesAmountActual')
ds('amount-currency-sign.json', setk(('glEntries', 0, 'amount'), '$100.00'), 'amount-invalid',
   needle='"$100.00"', field='amount')
ds('unit-cost-too-precise.json', setk(('items', 0, 'unitCost'), '10.123456'), 'amount-too-precise',
   needle='"10.123456"', table='items', field='unitCost')
ds('quantity-too-precise.json', setk(('itemLedgerEntries', 0, 'quantity'), '1.123456'), 'amount-too-precise',
   needle='"1.123456"', table='itemLedgerEntries', field='quantity')
ds('quantity-words.json', setk(('itemLedgerEntries', 0, 'quantity'), 'ten'), 'quantity-invalid',
   needle='"ten"', field='quantity')


def whole_units(d):
    d['generalLedgerSetup'] = {'amountRoundingPrecision': '1'}
    d['valueEntries'][0]['costAmountActual'] = '100'
    d['valueEntries'][0]['costPostedToGL'] = '100'
    d['glEntries'][0]['amount'] = '100'
    d['glItemLedgerRelations'][0]['amount'] = '100.50'


ds('amount-precision-whole-units.json', whole_units, 'amount-too-precise', needle='"100.50"',
   table='glItemLedgerRelations', field='amount')
ds('precision-zero.json', lambda d: d.update(generalLedgerSetup={'amountRoundingPrecision': '0'}), 'value-invalid',
   needle='"amountRoundingPrecision"', table='generalLedgerSetup', field='amountRoundingPrecision')
ds('date-local-format.json', setk(('valueEntries', 0, 'postingDate'), '01/05/2026'), 'date-invalid',
   needle='"01/05/2026"', field='postingDate', value='01/05/2026')
ds('date-february-30.json', setk(('glEntries', 0, 'postingDate'), '2026-02-30'), 'date-invalid',
   needle='"2026-02-30"', table='glEntries', field='postingDate')
ds('date-closing.json', setk(('glEntries', 0, 'postingDate'), 'C2025-12-31'), 'date-invalid',
   needle='"C2025-12-31"', field='postingDate')
ds('date-work-date.json', lambda d: d.update(workDate='2026-13-01'), 'date-invalid', needle='"2026-13-01"',
   field='workDate')
ds('boolean-yes-in-json.json', setk(('itemLedgerEntries', 0, 'open'), 'yes'), 'boolean-invalid',
   needle='"yes"', field='open')
ds('boolean-number.json', lambda d: d.update(inventorySetup={'automaticCostPosting': 1}), 'boolean-invalid',
   needle='"automaticCostPosting"', table='inventorySetup', field='automaticCostPosting')
ds('option-lower-case.json', setk(('items', 0, 'costingMethod'), 'fifo'), 'option-invalid',
   needle='"fifo"', table='items', field='costingMethod', value='fifo')
ds('option-entry-type.json', setk(('itemLedgerEntries', 0, 'entryType'), 'Positive Adjustment'), 'option-invalid',
   needle='"Positive Adjustment"', field='entryType')
ds('option-setup.json', lambda d: d.update(inventorySetup={'averageCostPeriod': 'Fortnight'}), 'option-invalid',
   needle='"Fortnight"', table='inventorySetup', field='averageCostPeriod')
ds('code-too-long.json', setk(('glEntries', 0, 'documentNo'), 'PI-1234567890123456789'), 'code-too-long',
   needle='"PI-1234567890123456789"', field='documentNo')
ds('code-not-text.json', setk(('items', 0, 'inventoryPostingGroup'), ['RESALE']), 'value-invalid',
   needle='"inventoryPostingGroup"', table='items', field='inventoryPostingGroup')
ds('entry-no-zero.json', setk(('glEntries', 0, 'entryNo'), 0), 'entry-no-invalid', needle='"entryNo": 0',
   table='glEntries', field='entryNo', count=2)
ds('entry-no-string.json', setk(('itemLedgerEntries', 0, 'entryNo'), '1'), 'entry-no-invalid',
   needle='"entryNo": "1"', field='entryNo', count=2)
ds('entry-no-fraction.json', setk(('glItemLedgerRelations', 0, 'valueEntryNo'), 1.5), 'entry-no-invalid',
   needle='1.5', table='glItemLedgerRelations', field='valueEntryNo')

# --- records and tables --------------------------------------------------------------------------
ds('duplicate-entry-no.json', lambda d: d['glEntries'].append(dict(d['glEntries'][0], amount='-100.00')),
   'duplicate-entry-no', needle='"entryNo": 1', occurrence=4, table='glEntries', entryNo=1, field='entryNo')
ds('duplicate-item-case.json', lambda d: d['items'].append({'no': '1000 ', 'description': 'again'}),
   'duplicate-key', table='items')
ds('duplicate-posting-setup.json', lambda d: d['generalPostingSetup'].append({'genBusPostingGroup': 'domestic',
   'genProdPostingGroup': 'RETAIL'}), 'duplicate-key', table='generalPostingSetup')
ds('duplicate-dimension-value.json', lambda d: d.update(dimensions=[{'code': 'DEPT', 'values': ['ADM', 'adm']}]),
   'duplicate-key', table='dimensions', field='values')
ds('required-item-no.json', delk('valueEntries', 0, 'itemNo'), 'field-required', table='valueEntries', entryNo=1,
   field='itemNo')
ds('required-gl-amount.json', delk('glEntries', 0, 'amount'), 'field-required', table='glEntries', field='amount')
ds('required-entry-type.json', delk('itemLedgerEntries', 0, 'entryType'), 'field-required',
   table='itemLedgerEntries', field='entryType')
ds('required-setup-key.json', delk('inventoryPostingSetup', 0, 'locationCode'), 'field-required',
   table='inventoryPostingSetup', field='locationCode')
ds('unknown-field-strict.json', setk(('glEntries', 0, 'Dimension Set ID'), 7), 'field-unknown',
   needle='"Dimension Set ID"', strict=True, table='glEntries', field='Dimension Set ID')
ds('unknown-field-lenient.json', setk(('glEntries', 0, 'sourceType'), 'G/L Account'), 'field-unknown',
   needle='"sourceType"', severity='warning', table='glEntries', field='sourceType')
ds('unknown-table-strict.json', lambda d: d.update(vendors=[]), 'field-unknown', needle='"vendors"', strict=True,
   field='vendors')
ds('reference-location.json', setk(('valueEntries', 0, 'locationCode'), 'RED'), 'reference-unknown',
   needle='"RED"', table='valueEntries', field='locationCode', value='RED')
ds('reference-gl-account.json', setk(('glEntries', 0, 'glAccountNo'), '9999'), 'reference-unknown',
   needle='"9999"', table='glEntries', field='glAccountNo')
ds('reference-item-ledger-entry.json', setk(('valueEntries', 0, 'itemLedgerEntryNo'), 99), 'reference-unknown',
   needle='"itemLedgerEntryNo": 99', table='valueEntries', field='itemLedgerEntryNo')
ds('reference-applies-to.json', setk(('itemLedgerEntries', 0, 'appliesToEntry'), 7), 'reference-unknown',
   needle='"appliesToEntry": 7', field='appliesToEntry')
ds('reference-relation.json', setk(('glItemLedgerRelations', 0, 'glEntryNo'), 9), 'reference-unknown',
   needle='"glEntryNo": 9', table='glItemLedgerRelations', field='glEntryNo')
ds('reference-setup-account-warning.json', setk(('generalPostingSetup', 0, 'cogsAccount'), '7295'),
   'reference-unknown', needle='"7295"', severity='warning', table='generalPostingSetup', field='cogsAccount')
ds('item-deleted-kept.json', lambda d: d.update(items=[]), 'item-unknown-kept', severity='warning',
   table='itemLedgerEntries', field='itemNo', value='1000')
ds('capacity-with-type.json', setk(('valueEntries', 0, 'itemLedgerEntryNo'), 0), 'value-invalid',
   needle='"itemLedgerEntryType"', table='valueEntries', field='itemLedgerEntryType', count=2)
ds('capacity-without-order-type.json', lambda d: d['valueEntries'][0].update(itemLedgerEntryNo=0,
   itemLedgerEntryType=''), 'field-required', table='valueEntries', field='orderType')
ds('table-not-a-list.json', lambda d: d.update(valueEntries={'entryNo': 1}), 'value-invalid',
   field='valueEntries', count=2)
ds('record-not-an-object.json', lambda d: d['locations'].append('RED'), 'value-invalid', needle='"RED"',
   table='locations', field='locations')
raw('control-character.json', '{\n  "format": "costbook-dataset",\n  "name": "two\nlines"\n}\n', 'json-syntax-error',
    file='control-character.json', line=3, column=15)

# --- CSV -----------------------------------------------------------------------------------------
VE = 'entryNo,itemNo,postingDate,itemLedgerEntryType,entryType,itemLedgerEntryNo,costAmountActual\n'
GOOD = '1,1000,2026-01-05,Purchase,Direct Cost,1,100.00\n'
csv('csv-empty.csv', '', 'file-empty', 'value-entries.csv')
csv('csv-bom-only.csv', '\ufeff', 'file-empty', 'value-entries.csv')
csv('csv-column-count.csv', VE + GOOD + '2,1000,2026-01-06,Purchase,Direct Cost,2\n', 'csv-column-count',
    'value-entries.csv', line=3)
csv('csv-unquoted-thousands.csv', VE + GOOD + '2,1000,2026-01-06,Purchase,Direct Cost,2,1,234.50\n',
    'csv-column-count', 'value-entries.csv', line=3)
csv('csv-unclosed-quote.csv', VE + GOOD + '2,"1000,2026-01-06,Purchase,Direct Cost,2,5.00\n', 'csv-syntax-error',
    'value-entries.csv', line=3)
csv('csv-amount-semicolon.csv', VE.replace(',', ';') + GOOD.replace(',', ';').replace('100.00', '100,00') +
    '2;1000;2026-01-06;Purchase;Direct Cost;2;12,5.0\n', 'amount-invalid', 'value-entries.csv', line=3,
    field='costAmountActual', value='12,5.0')
csv('csv-amount-thousands-semicolon.csv', VE.replace(',', ';') + '1;1000;2026-01-05;Purchase;Direct Cost;1;1.234,50\n',
    'amount-invalid', 'value-entries.csv', line=2, field='costAmountActual')
csv('csv-amount-too-precise.csv', VE + GOOD + '2,1000,2026-01-06,Purchase,Direct Cost,2,10.001\n',
    'amount-too-precise', 'value-entries.csv', line=3, field='costAmountActual')
csv('csv-date-bc-local.csv', VE + '1,1000,01/05/2026,Purchase,Direct Cost,1,100.00\n', 'date-invalid',
    'value-entries.csv', line=2, field='postingDate', value='01/05/2026')
csv('csv-boolean.csv', 'no,name,blocked\n2130,Inventory,Yes\n7290,COGS,maybe\n', 'boolean-invalid', 'gl-accounts.csv',
    line=3, field='blocked', value='maybe')
csv('csv-option.csv', VE + '1,1000,2026-01-05,Purchase,Direct cost,1,100.00\n', 'option-invalid', 'value-entries.csv',
    line=2, field='entryType')
csv('csv-code-too-long.csv', 'code,name\nBLUE,Blue\nWAREHOUSE-NORTH-EAST-1,Too long\n', 'code-too-long',
    'locations.csv', line=3, field='code')
csv('csv-entry-no-decimal.csv', VE + '1.0,1000,2026-01-05,Purchase,Direct Cost,1,100.00\n', 'entry-no-invalid',
    'value-entries.csv', line=2, field='entryNo')
csv('csv-duplicate-entry-no.csv', VE + GOOD + '2,1000,2026-01-06,Sale,Direct Cost,2,-10.00\n' + GOOD,
    'duplicate-entry-no', 'value-entries.csv', line=4, entryNo=1)
csv('csv-missing-column.csv', 'entryNo,itemNo,postingDate,entryType\n1,1000,2026-01-05,Direct Cost\n',
    'field-required', 'value-entries.csv', line=1, field='itemLedgerEntryType')
csv('csv-empty-required-cell.csv', VE + GOOD + '2,,2026-01-06,Purchase,Direct Cost,2,5.00\n', 'field-required',
    'value-entries.csv', line=3, field='itemNo')
csv('csv-unknown-column-strict.csv', 'Entry No.,G/L Account No.,Posting Date,Amount,Bal. Account No.\n'
    '1,2130,2026-01-05,100.00,2910\n', 'field-unknown', 'gl-entries.csv', strict=True, line=1,
    field='Bal. Account No.')
csv('csv-unknown-column-lenient.csv', 'Code,Name,Address\nBLUE,Blue,Main Street 1\n', 'field-unknown',
    'locations.csv', severity='warning', line=1, field='Address')
csv('csv-table-unknown.csv', 'Vendor No.,Vendor Name\n10000,Fabrikam\n', 'table-unknown', 'vendors.csv', line=1)
csv('csv-table-ambiguous.csv', 'No.\n1000\n', 'table-ambiguous', 'export.csv', line=1)
csv('csv-column-duplicate.csv', 'Entry No.,entryNo,G/L Account No.,Posting Date,Amount\n1,1,2130,2026-01-05,1.00\n',
    'column-duplicate', 'gl-entries.csv', line=1, field='entryNo')
csv('csv-setup-two-rows.csv', 'amountRoundingPrecision,unitAmountRoundingPrecision\n0.01,0.00001\n1,0.01\n',
    'value-invalid', 'general-ledger-setup.csv', line=3)
csv('csv-quoted-line-break.csv', 'glAccountNo,entryNo,postingDate,description,amount\n'
    '2130,1,2026-01-05,"Bicycle,\nfrom vendor 10000",100.00\n2130,2,2026-01-06,Second,ten\n', 'amount-invalid',
    'gl-entries.csv', line=4, field='amount', value='ten')
csv('csv-crlf.csv', (VE + GOOD + '2,1000,2026-01-06,Sale,Direct Cost,2,-10.00\n3,1000,2026-13-01,Sale,Direct Cost,2,-1.00\n')
    .replace('\n', '\r\n'), 'date-invalid', 'value-entries.csv', line=4, field='postingDate')
csv('csv-bom-header.csv', '\ufeff' + VE + '1,1000,2026-01-05,Purchase,Direct Cost,1,100.005\n', 'amount-too-precise',
    'value-entries.csv', line=2, field='costAmountActual')
csv('csv-reference-location.csv', 'entryNo,itemNo,postingDate,entryType,locationCode\n'
    '1,1000,2026-01-05,Purchase,\n2,1000,2026-01-06,Purchase,RED\n', 'reference-unknown', 'item-ledger-entries.csv',
    line=3, field='locationCode', value='RED')
csv('csv-capacity-entry.csv', VE + '1,1000,2026-01-05,Purchase,Direct Cost,0,100.00\n', 'value-invalid',
    'value-entries.csv', line=2, field='itemLedgerEntryType', count=2)
csv('csv-captions-bad-amount.csv', 'Entry No.;Item Ledger Entry No.;Item No.;Posting Date;Item Ledger Entry Type;'
    'Entry Type;Cost Amount (Actual);Cost Posted to G/L\n7;3;1000;2026-01-05;Sale;Direct Cost;-10,00;-10,0,0\n',
    'amount-invalid', 'Value Entries.csv', line=2, field='costPostedToGL', entryNo=7)
csv('csv-dimension-too-long.csv', 'entryNo,glAccountNo,postingDate,amount,dim:DEPARTMENT\n'
    '1,2130,2026-01-05,1.00,ADMINISTRATION-AND-FINANCE\n', 'code-too-long', 'gl-entries.csv', line=2,
    field='dimensions')
csv('csv-dimensions-file.csv', 'code,value\nDEPARTMENT,ADM\nDEPARTMENT,ADM\n', 'duplicate-key', 'dimensions.csv',
    line=3, field='value', value='ADM')
csv('csv-inventory-setup-option.csv', 'Automatic Cost Posting,Automatic Cost Adjustment\nyes,Sometimes\n',
    'option-invalid', 'inventory-setup.csv', line=2, field='automaticCostAdjustment', value='Sometimes')
# CSV cases are read over this setup (no ledgers), as when adding ledger files to a loaded dataset.
setup = {k: v for k, v in BASE.items() if k not in ('itemLedgerEntries', 'valueEntries', 'glEntries',
                                                     'glItemLedgerRelations')}
with open(os.path.join(os.path.dirname(HERE), 'base-setup.json'), 'w') as f:
    f.write(json.dumps(setup, indent=2) + '\n')
print(len([f for f in os.listdir(HERE) if not f.endswith('.expect.json')]), 'inputs')
