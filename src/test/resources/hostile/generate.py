#!/usr/bin/env python3
"""Writes the hostile input corpus: one file per case and an index (cases.csv) per target.

Run from this folder (python3 generate.py); the files are committed, this script says how they
were made. Record cases (vcm/, national/) are single records fed between two valid records of a
page; api/ cases are request bodies. cases.csv: file|expected|detail substring (|refused count).
The 50 MB page and the 100,000-level document are made by the tests at run time, not committed.
"""
import copy, json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))

VCM = {"blockId": "HX-1", "version": 1, "serial": "GS1-1-KE-GS7495-16-2025-30645-608-30350", "program": "GS",
       "unitType": "VER", "projectId": "GS7495", "projectName": "Hostile corpus project", "hostCountry": "KE",
       "vintageYear": 2025, "vintageStart": "2025-01-01", "vintageEnd": "2025-12-31", "issuanceId": "30645",
       "issuanceDate": "2025-06-01", "blockStart": 608, "blockEnd": 30350, "quantity": 29743, "unitSize": "1",
       "status": "ISSUED", "holderAccount": "ACC-1",
       "labels": [{"code": "A6_AUTHORIZED_NDC", "text": "Article 6 Authorized \u2013 NDC Use", "authorizationId": "KE-1"}]}

AUTH = {"sequence": 1, "kind": "AUTHORIZATION", "authorization": {
    "authorizationId": "HX-AUTH-1", "version": 1, "status": "ACTIVE", "party": "KEN", "date": "2024-05-01",
    "authorizationYear": 2024, "cooperativeApproachId": "CA0042", "purposes": ["NDC"],
    "firstTransferDefinition": "AUTHORISATION", "vintageFrom": 2021, "vintageTo": 2030, "quantityCap": 100000,
    "authorizedParties": ["CHE"], "coveredActivities": [{"registry": "GS", "projectId": "GS7495", "hostCountry": "KE"}]}}
ACTION = {"sequence": 2, "kind": "ACTION", "action": {
    "actionId": "HX-ACT-1", "type": "FIRST_TRANSFER", "date": "2025-01-01", "authorizationId": "HX-AUTH-1",
    "firstItmoId": "CA0042-KEN01-KEN-1001-2025", "lastItmoId": "CA0042-KEN01-KEN-2000-2025",
    "underlyingRegistry": "GS", "firstUnitId": "1001", "lastUnitId": "2000", "quantity": 1000, "vintage": 2025,
    "acquiringParty": "CHE"}}
ADJ = {"sequence": 3, "kind": "CORRESPONDING_ADJUSTMENT", "correspondingAdjustment": {
    "adjustmentId": "HX-CA-1", "party": "KEN", "btrYear": 2026, "reportedOn": "2026-12-31",
    "firstItmoId": "CA0042-KEN01-KEN-1001-2025", "lastItmoId": "CA0042-KEN01-KEN-2000-2025", "quantity": 1000}}
PAIR = {"sequence": 4, "kind": "ITMO_PAIR", "itmoPair": {
    "firstItmoId": "CA0042-KEN01-KEN-1001-2025", "lastItmoId": "CA0042-KEN01-KEN-2000-2025",
    "underlyingRegistry": "GS", "issuanceId": "30645", "firstUnitId": "1001", "lastUnitId": "2000", "quantity": 1000}}
WITHDRAWAL = {"sequence": 5, "kind": "ITMO_PAIR_WITHDRAWAL", "itmoPairWithdrawal": {
    "firstItmoId": "CA0042-KEN01-KEN-1001-2025", "lastItmoId": "CA0042-KEN01-KEN-1500-2025",
    "underlyingRegistry": "GS", "issuanceId": "30645", "firstUnitId": "1001", "lastUnitId": "1500", "quantity": 500,
    "cause": "units 1001-1500 revoked at the registry, block GS-30645-1001 version 3", "withdrawnOn": "2026-11-02"}}

DELETE = object()


def safe(name):
    return re.sub(r"[^A-Za-z0-9-]+", "-", name).strip("-")


def mutate(base, path, value):
    record = copy.deepcopy(base)
    node = record
    keys = path.split(".")
    for k in keys[:-1]:
        node = node[int(k)] if isinstance(node, list) else node[k]
    last = keys[-1]
    if value is DELETE:
        del node[last]
    elif isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return record


class Corpus:
    def __init__(self, target):
        self.target = target
        self.dir = os.path.join(HERE, target)
        shutil.rmtree(self.dir, ignore_errors=True)
        os.makedirs(self.dir)
        self.rows = []

    def raw(self, name, text, expected, detail, refused=None):
        file = f"{len(self.rows) + 1:03d}-{safe(name)}.json"
        with open(os.path.join(self.dir, file), "w", encoding="utf-8") as f:
            f.write(text)
        if refused is None:
            refused = 0 if expected == "ACCEPTED" else 1
        self.rows.append(f"{file}|{expected}|{detail}|{refused}")

    def case(self, name, record, expected, detail, refused=None):
        self.raw(name, json.dumps(record, ensure_ascii=False), expected, detail, refused)

    def write(self):
        with open(os.path.join(self.dir, "cases.csv"), "w", encoding="utf-8") as f:
            f.write("# file|expected reason (or ACCEPTED)|detail substring|records refused in the page\n")
            f.write("\n".join(self.rows) + "\n")
        return len(self.rows)


LOOKALIKES = {"A": "\u0410", "E": "\u0415", "K": "\u041a", "O": "\u041e", "C": "\u0421", "P": "\u0420",
              "T": "\u0422", "X": "\u0425", "B": "\u0412", "M": "\u041c", "H": "\u041d", "S": "\u0405"}
INVISIBLE = {"zero-width-space": "\u200b", "zero-width-non-joiner": "\u200c", "zero-width-joiner": "\u200d",
             "word-joiner": "\u2060", "bom": "\ufeff", "lre": "\u202a", "rle": "\u202b", "pdf": "\u202c",
             "lro": "\u202d", "rlo": "\u202e", "lri": "\u2066", "rli": "\u2067", "fsi": "\u2068", "pdi": "\u2069",
             "lrm": "\u200e", "rlm": "\u200f", "alm": "\u061c", "soft-hyphen": "\u00ad", "nul": "\u0000",
             "escape": "\u001b", "private-use": "\ue000"}


def vcm():
    c = Corpus("vcm")
    serial = VCM["serial"]
    for i, bad in enumerate(["", " ", "GS1-1-KE", "GS1-1-KE-GS7495-16-2025-30645-608", "hello world",
                             "GS1-1-KE-GS7495-16-2025-30645-abc-30350", "GS1-1-KE-GS7495-16-20X5-30645-608-30350",
                             "9344-82392553-VCS-VCU", "--------", "GS1-1-KE-GS7495-16-2025-30645-608-30350-1-2-3",
                             "VCS", "<script>alert(1)</script>", "'; DROP TABLE credit_block; --",
                             "GS1-1-KE-GS7495-16-2025-30645--608-30350", "null", "CDM-RANGE - ", "a-b-c-d-e-f-g-h-i-j-k-l"]):
        c.case(f"malformed-serial-{i}", mutate(VCM, "serial", bad), "MALFORMED_SERIAL", "serial")
    c.case("overlong-serial", mutate(VCM, "serial", serial + "9" * 400), "OVERLONG_VALUE", "'serial' is 439")
    for field, limit in [("blockId", 100), ("issuanceId", 100), ("projectId", 60), ("program", 20), ("unitType", 20),
                         ("projectName", 300), ("holderAccount", 100), ("labels.0.text", 200),
                         ("labels.0.authorizationId", 100)]:
        c.case(f"overlong-{field.replace('.', '-')}", mutate(VCM, field, "A" * (limit + 1)), "OVERLONG_VALUE",
               f"at most {limit}")
    c.case("overlong-100k-string", mutate(VCM, "projectName", "x" * 100_000), "OVERLONG_VALUE", "projectName")
    for latin, cyr in LOOKALIKES.items():
        if latin in serial:
            c.case(f"spoofed-serial-cyrillic-{latin}", mutate(VCM, "serial", serial.replace(latin, cyr, 1)),
                   "SPOOFED_CHARACTER", "CYRILLIC CAPITAL LETTER")
    for latin, cyr in [("K", "\u041a"), ("E", "\u0415")]:
        c.case(f"spoofed-host-cyrillic-{latin}", mutate(VCM, "hostCountry", "KE".replace(latin, cyr)),
               "SPOOFED_CHARACTER", "hostCountry")
    c.case("spoofed-program-cyrillic", mutate(VCM, "program", "G\u0405"), "SPOOFED_CHARACTER", "CYRILLIC")
    c.case("spoofed-blockid-greek", mutate(VCM, "blockId", "HX-\u039f1"), "SPOOFED_CHARACTER", "GREEK")
    fullwidth = "".join(chr(ord(ch) + 0xFEE0) if "0" <= ch <= "9" else ch for ch in serial)
    c.case("spoofed-serial-fullwidth-digits", mutate(VCM, "serial", fullwidth), "SPOOFED_CHARACTER", "FULLWIDTH DIGIT")
    c.case("spoofed-serial-fullwidth-letters", mutate(VCM, "serial", "\uff27\uff33" + serial[2:]), "SPOOFED_CHARACTER",
           "FULLWIDTH LATIN")
    c.case("spoofed-serial-fullwidth-hyphen", mutate(VCM, "serial", serial.replace("-", "\uff0d", 1)),
           "SPOOFED_CHARACTER", "FULLWIDTH HYPHEN")
    c.case("spoofed-serial-en-dash", mutate(VCM, "serial", serial.replace("-", "\u2013", 1)), "SPOOFED_CHARACTER",
           "EN DASH")
    c.case("spoofed-serial-nbsp", mutate(VCM, "serial", serial + "\u00a0"), "SPOOFED_CHARACTER", "NO-BREAK SPACE")
    c.case("spoofed-issuance-superscript", mutate(VCM, "issuanceId", "3064\u2075"), "SPOOFED_CHARACTER", "SUPERSCRIPT")
    for name, ch in INVISIBLE.items():
        c.case(f"invisible-serial-{name}", mutate(VCM, "serial", serial[:6] + ch + serial[6:]), "SPOOFED_CHARACTER",
               "'serial' holds U+")
    for name in ["rlo", "zero-width-space", "bom", "lri"]:
        ch = INVISIBLE[name]
        c.case(f"invisible-projectname-{name}", mutate(VCM, "projectName", "Cook" + ch + "stoves"), "SPOOFED_CHARACTER",
               "never stripped")
        c.case(f"invisible-label-{name}", mutate(VCM, "labels.0.text", "Article 6 Authorized" + ch + " \u2013 NDC Use"),
               "SPOOFED_CHARACTER", "labels[0].text")
        c.case(f"invisible-blockid-{name}", mutate(VCM, "blockId", "HX" + ch + "-1"), "SPOOFED_CHARACTER", "blockId")
    # ranges
    for name, start, end, qty, detail in [("inverted", 30350, 608, 29743, "inverted"),
                                          ("inverted-by-two", 100, 98, 1, "inverted"),
                                          ("zero-length", 608, 607, 0, "zero-length"),
                                          ("zero-length-at-one", 1, 0, 0, "zero-length"),
                                          ("negative-start", -5, 10, 16, "negative"),
                                          ("negative-both", -10, -5, 6, "negative"),
                                          ("min-long-start", -9223372036854775808, 10, 1, "negative")]:
        c.case(f"range-{name}", dict(VCM, blockStart=start, blockEnd=end, quantity=qty), "INVALID_RANGE", detail)
    # quantities
    for name, qty, detail in [("zero", 0, "not a positive"), ("negative", -1, "not a positive"),
                              ("negative-full", -29743, "not a positive"), ("off-by-one-low", 29742, "holds 29743"),
                              ("off-by-one-high", 29744, "holds 29743"), ("huge", 9223372036854775807, "holds 29743")]:
        c.case(f"quantity-{name}", mutate(VCM, "quantity", qty), "INVALID_QUANTITY", detail)
    c.raw("quantity-overflow-long", json.dumps(VCM).replace('"quantity": 29743', '"quantity": 9223372036854775808'),
          "INVALID_QUANTITY", "does not fit a 64-bit")
    c.raw("quantity-overflow-huge", json.dumps(VCM).replace('"quantity": 29743', '"quantity": ' + "9" * 60),
          "INVALID_QUANTITY", "does not fit a 64-bit")
    c.raw("blockend-overflow", json.dumps(VCM).replace('"blockEnd": 30350', '"blockEnd": 18446744073709551616'),
          "INVALID_QUANTITY", "blockEnd")
    c.case("range-count-overflows", dict(VCM, blockStart=0, blockEnd=9223372036854775807, quantity=1),
           "INVALID_QUANTITY", "more units than a 64-bit")
    c.raw("quantity-exponent", json.dumps(VCM).replace('"quantity": 29743', '"quantity": 2.9743e4'),
          "WRONG_TYPE", "'quantity' is a fractional number")
    c.raw("quantity-fraction", json.dumps(VCM).replace('"quantity": 29743', '"quantity": 29743.5'),
          "WRONG_TYPE", "'quantity' is a fractional number")
    for name, size, reason, detail in [("zero", "0", "INVALID_QUANTITY", "not positive"),
                                       ("zero-decimal", "0.000", "INVALID_QUANTITY", "not positive"),
                                       ("negative", "-1", "INVALID_VALUE", "unitSize"),
                                       ("exponent", "1e3", "INVALID_VALUE", "unitSize"),
                                       ("ten-decimals", "0.0000000001", "INVALID_VALUE", "9 decimals"),
                                       ("comma", "1,5", "INVALID_VALUE", "unitSize"),
                                       ("nan", "NaN", "INVALID_VALUE", "unitSize")]:
        c.case(f"unitsize-{name}", mutate(VCM, "unitSize", size), reason, detail)
    # parties
    for code in ["XX", "ZZ", "UK", "EU", "QQ", "AA", "ke", "Ke", "", "00", "K1"]:
        c.case(f"party-{code or 'empty'}", mutate(VCM, "hostCountry", code), "UNKNOWN_PARTY", "alpha-2")
    c.case("party-alpha3", mutate(VCM, "hostCountry", "KEN"), "OVERLONG_VALUE", "hostCountry")
    # vintages
    for year in [1989, 1900, 0, -5, 2101, 3000, 99999]:
        c.case(f"vintage-{year}", mutate(VCM, "vintageYear", year), "VINTAGE_OUT_OF_RANGE", "1990–2100")
    c.case("vintage-start-1989", mutate(VCM, "vintageStart", "1989-12-31"), "VINTAGE_OUT_OF_RANGE", "vintageStart")
    c.case("vintage-end-2101", mutate(VCM, "vintageEnd", "2101-01-01"), "VINTAGE_OUT_OF_RANGE", "vintageEnd")
    c.case("vintage-start-after-end", dict(VCM, vintageStart="2025-12-31", vintageEnd="2025-01-01"),
           "VINTAGE_OUT_OF_RANGE", "after vintageEnd")
    c.raw("vintage-overflow-int", json.dumps(VCM).replace('"vintageYear": 2025', '"vintageYear": 4294967296'),
          "INVALID_VALUE", "32-bit")
    # duplicate ids: the same id and version as the page's first valid record, other contents
    c.case("duplicate-id-other-quantity", dict(VCM, blockId="HV-A", blockEnd=1000, quantity=393), "DUPLICATE_ID",
           "HV-A version 1", 2)
    c.case("duplicate-id-other-holder", dict(VCM, blockId="HV-A", holderAccount="ACC-EVIL"), "DUPLICATE_ID",
           "appears more than once", 2)
    c.case("duplicate-id-other-status", dict(VCM, blockId="HV-A", status="RETIRED"), "DUPLICATE_ID", "HV-A", 2)
    c.case("duplicate-id-exact-copy", dict(VCM, blockId="HV-A", blockStart=1, blockEnd=100, quantity=100,
                                           serial="GS1-1-KE-GS7495-16-2025-30645-1-100"), "ACCEPTED", "", 0)
    c.case("same-id-higher-version", dict(VCM, blockId="HV-A", version=2), "ACCEPTED", "", 0)
    # overlaps between different blocks are double issuance: stored, and reported by the reconciliation
    c.case("overlapping-range", dict(VCM, blockId="HX-OVERLAP", blockStart=50, blockEnd=150, quantity=101),
           "ACCEPTED", "", 0)
    c.case("overlapping-same-range", dict(VCM, blockId="HX-OVERLAP-2", blockStart=1, blockEnd=100, quantity=100),
           "ACCEPTED", "", 0)
    # wrong JSON types
    for field, value, expected in [("blockId", 123, "a string"), ("version", "1", "an integer"),
                                   ("version", 1.5, "an integer"), ("version", True, "an integer"),
                                   ("serial", 42, "a string"), ("serial", ["GS1"], "a string"),
                                   ("program", True, "a string"), ("vintageYear", "2025", "an integer"),
                                   ("vintageYear", 2025.5, "an integer"), ("blockStart", "608", "an integer"),
                                   ("blockStart", 608.0, "an integer"), ("blockEnd", [], "an integer"),
                                   ("quantity", {}, "an integer"), ("quantity", "29743", "an integer"),
                                   ("status", 1, "a string"), ("labels", "A6_AUTHORIZED_NDC", "an array"),
                                   ("labels", {"code": "A6_AUTHORIZED_NDC"}, "an array"),
                                   ("labels.0", 1, "not an object"), ("labels.0.text", 5, "a string"),
                                   ("retirement", "yes", "not an object"), ("itmoReference", [], "not an object"),
                                   ("vintageStart", 20250101, "a date string"), ("unitSize", 1, "a string"),
                                   ("hostCountry", ["K", "E"], "a string")]:
        c.case(f"type-{field.replace('.', '-')}-{type(value).__name__}", mutate(VCM, field, value), "WRONG_TYPE",
               expected)
    nested = "deep"
    for _ in range(40):
        nested = {"a": nested}
    c.case("type-nested-object-for-string", mutate(VCM, "projectName", nested), "WRONG_TYPE", "projectName")
    c.case("label-null-item", mutate(VCM, "labels", [None]), "WRONG_TYPE", "labels[0]")
    for field in ["blockId", "version", "serial", "program", "projectId", "hostCountry", "vintageYear", "issuanceId",
                  "blockStart", "blockEnd", "quantity", "status", "unitSize"]:
        if field == "vintageYear":
            # optional since version 2 of the contract: the vintage dates say it
            c.case(f"missing-{field}", mutate(VCM, field, DELETE), "ACCEPTED", "", 0)
            continue
        c.case(f"missing-{field}", mutate(VCM, field, DELETE), "MISSING_FIELD", f"'{field}' is missing")
    c.case("null-serial", mutate(VCM, "serial", None), "MISSING_FIELD", "'serial' is missing")
    c.case("missing-label-code", mutate(VCM, "labels.0.code", DELETE), "MISSING_FIELD", "labels[0].code")
    for name, text in [("array", "[]"), ("number", "42"), ("string", '"HX-1"'), ("null", "null"), ("boolean", "true"),
                       ("nested-array", "[[[[{}]]]]")]:
        c.raw(f"not-an-object-{name}", text, "MALFORMED_RECORD", "not an object")
    c.raw("empty-object", "{}", "MISSING_FIELD", "'blockId' is missing")
    # values outside the contract
    for field, value, detail in [("status", "DESTROYED", "not one of"), ("status", "issued", "not one of"),
                                 ("labels.0.code", "A6_BOGUS", "not one of"), ("vintageStart", "2025-13-45", "not a date"),
                                 ("issuanceDate", "yesterday", "not a date"), ("vintageEnd", "31/12/2025", "not a date"),
                                 ("version", -1, "negative"), ("labels.0.appliedAt", "noon", "not a date")]:
        c.case(f"value-{field.replace('.', '-')}-{str(value)[:10]}", mutate(VCM, field, value), "INVALID_VALUE", detail)
    c.case("itmo-reference-malformed", mutate(VCM, "itmoReference", {"firstItmoId": "CA42-KEN-1", "lastItmoId": "x"}),
           "MALFORMED_SERIAL", "itmoReference.firstItmoId")
    c.case("unknown-field-ignored", dict(VCM, blockId="HX-EXTRA", extra={"nested": [1, 2, 3]}), "ACCEPTED", "", 0)
    return c.write()


def national():
    c = Corpus("national")
    for field, value, reason, detail in [
        ("authorization.authorizationId", "HX-\u0410UTH", "SPOOFED_CHARACTER", "CYRILLIC"),
        ("authorization.authorizationId", "HX\u202e-1", "SPOOFED_CHARACTER", "RIGHT-TO-LEFT OVERRIDE"),
        ("authorization.authorizationId", "HX_AUTH*1", "INVALID_VALUE", "letters, digits"),
        ("authorization.authorizationId", "A" * 101, "OVERLONG_VALUE", "at most 100"),
        ("authorization.party", "XXX", "UNKNOWN_PARTY", "alpha-3"),
        ("authorization.party", "KE", "UNKNOWN_PARTY", "alpha-3"),
        ("authorization.party", "ken", "UNKNOWN_PARTY", "alpha-3"),
        ("authorization.party", "K\u0415N", "SPOOFED_CHARACTER", "CYRILLIC"),
        ("authorization.authorizedParties", ["ZZZ"], "UNKNOWN_PARTY", "authorizedParties"),
        ("authorization.coveredActivities.0.hostCountry", "XX", "UNKNOWN_PARTY", "hostCountry"),
        ("authorization.vintageFrom", 1989, "VINTAGE_OUT_OF_RANGE", "vintageFrom"),
        ("authorization.vintageTo", 2101, "VINTAGE_OUT_OF_RANGE", "vintageTo"),
        ("authorization.vintageFrom", 2031, "VINTAGE_OUT_OF_RANGE", "after vintageTo"),
        ("authorization.authorizationYear", 1900, "INVALID_VALUE", "authorizationYear"),
        ("authorization.quantityCap", 0, "INVALID_QUANTITY", "quantityCap"),
        ("authorization.quantityCap", -5, "INVALID_QUANTITY", "quantityCap"),
        ("authorization.version", "1", "WRONG_TYPE", "an integer"),
        ("authorization.version", 0, "INVALID_VALUE", "not a version"),
        ("authorization.purposes", [], "MISSING_FIELD", "purposes"),
        ("authorization.purposes", ["WORLD_PEACE"], "INVALID_VALUE", "not one of"),
        ("authorization.purposes", "NDC", "WRONG_TYPE", "an array"),
        ("authorization.status", "MAYBE", "INVALID_VALUE", "not one of"),
        ("authorization.firstTransferDefinition", "WHENEVER", "INVALID_VALUE", "not one of"),
        ("authorization.cooperativeApproachId", "CA42", "INVALID_VALUE", "cooperativeApproachId"),
        ("authorization.date", "2024-02-30", "INVALID_VALUE", "not a date"),
        ("authorization.publishedOnCarp", "yes", "WRONG_TYPE", "true or false"),
        ("authorization.coveredActivities", {"registry": "GS"}, "WRONG_TYPE", "an array"),
        ("authorization", "HX-AUTH-1", "WRONG_TYPE", "not an object"),
        ("authorization", DELETE, "MISSING_FIELD", "named by 'kind'"),
        ("authorization.party", DELETE, "MISSING_FIELD", "authorization.party"),
        ("kind", "GIFT", "INVALID_VALUE", "not one of"),
        ("kind", DELETE, "MISSING_FIELD", "'kind' is missing"),
        ("sequence", "1", "WRONG_TYPE", "an integer"),
        ("sequence", 1.5, "WRONG_TYPE", "an integer"),
    ]:
        c.case(f"authorization-{field.split('.')[-1]}-{str(value)[:12].strip() if value is not DELETE else 'missing'}",
               mutate(AUTH, field, value), reason, detail)
    c.raw("authorization-quantitycap-overflow", json.dumps(AUTH).replace('"quantityCap": 100000', '"quantityCap": 1' + "0" * 25),
          "INVALID_QUANTITY", "64-bit")
    for field, value, reason, detail in [
        ("action.quantity", 0, "INVALID_QUANTITY", "not a positive"),
        ("action.quantity", -1000, "INVALID_QUANTITY", "not a positive"),
        ("action.quantity", "1000", "WRONG_TYPE", "an integer"),
        ("action.firstUnitId", "99999999999999999999", "INVALID_QUANTITY", "64-bit serial"),
        ("action.firstUnitId", "12a", "MALFORMED_SERIAL", "firstUnitId"),
        ("action.firstUnitId", "\uff11\uff10\uff10\uff11", "SPOOFED_CHARACTER", "FULLWIDTH DIGIT"),
        ("action.firstUnitId", 1001, "WRONG_TYPE", "a string"),
        ("action.firstUnitId", "3000", "INVALID_RANGE", "inverted"),
        ("action.firstItmoId", "CA0042-KEN01-KEN-1001", "MALFORMED_SERIAL", "firstItmoId"),
        ("action.firstItmoId", "CA0042-KEN01-KEN-3001-2025", "INVALID_RANGE", "inverted"),
        ("action.lastItmoId", "CA0043-KEN01-KEN-2000-2025", "INVALID_RANGE", "different ITMO series"),
        ("action.firstItmoId", "CA0042-KEN01-K\u0415N-1001-2025", "SPOOFED_CHARACTER", "CYRILLIC"),
        ("action.acquiringParty", "XYZ", "UNKNOWN_PARTY", "acquiringParty"),
        ("action.transferringParty", "Kenya", "UNKNOWN_PARTY", "transferringParty"),
        ("action.vintage", 2101, "VINTAGE_OUT_OF_RANGE", "action.vintage"),
        ("action.vintage", 1066, "VINTAGE_OUT_OF_RANGE", "action.vintage"),
        ("action.type", "STEAL", "INVALID_VALUE", "not one of"),
        ("action.date", "2025-02-30", "INVALID_VALUE", "not a date"),
        ("action.actionId", "HX\u200b-ACT", "SPOOFED_CHARACTER", "ZERO WIDTH SPACE"),
        ("action.actionId", DELETE, "MISSING_FIELD", "action.actionId"),
        ("action", DELETE, "MISSING_FIELD", "named by 'kind'"),
    ]:
        c.case(f"action-{field.split('.')[-1]}-{str(value)[:12].strip() if value is not DELETE else 'missing'}",
               mutate(ACTION, field, value), reason, detail)
    for field, value, reason, detail in [
        ("correspondingAdjustment.party", "XXX", "UNKNOWN_PARTY", "party"),
        ("correspondingAdjustment.btrYear", 1800, "INVALID_VALUE", "btrYear"),
        ("correspondingAdjustment.quantity", 0, "INVALID_QUANTITY", "quantity"),
        ("correspondingAdjustment.firstItmoId", "not-an-itmo", "MALFORMED_SERIAL", "firstItmoId"),
        ("correspondingAdjustment.lastItmoId", "CA0042-KEN01-KEN-1000-2025", "INVALID_RANGE", "inverted"),
        ("correspondingAdjustment.reportedOn", 2026, "WRONG_TYPE", "a date string"),
    ]:
        c.case(f"adjustment-{field.split('.')[-1]}-{str(value)[:12]}", mutate(ADJ, field, value), reason, detail)
    for field, value, reason, detail in [
        ("itmoPair.quantity", 0, "INVALID_QUANTITY", "quantity"),
        ("itmoPair.lastUnitId", "900", "INVALID_RANGE", "inverted"),
        ("itmoPair.firstItmoId", "CA0042-KEN01-KEN-1-2025", "INVALID_VALUE", "ITMO block of"),
        ("itmoPair.firstUnitId", "GS1-1-K\u0415-GS7495-16-2025-30645-608-30350", "SPOOFED_CHARACTER", "CYRILLIC"),
    ]:
        c.case(f"pair-{field.split('.')[-1]}-{str(value)[:12]}", mutate(PAIR, field, value), reason, detail)
    # a national registry may number its ITMOs its own way (contract version 2): read as the pair says
    c.case("pair-in-the-national-numbering", PAIR, "ACCEPTED", "", 0)
    # duplicates: the same action id as the page's valid action, other contents; an authorization's new version is fine
    c.case("duplicate-action-id", mutate(mutate(ACTION, "action.actionId", "HV-ACT"), "action.quantity", 5),
           "DUPLICATE_ID", "ACTION/HV-ACT", 2)
    c.case("authorization-next-version", mutate(mutate(AUTH, "authorization.authorizationId", "HV-AUTH"),
                                                "authorization.version", 2), "ACCEPTED", "", 0)
    c.case("duplicate-authorization-same-version", mutate(mutate(AUTH, "authorization.authorizationId", "HV-AUTH"),
                                                          "authorization.quantityCap", 5), "DUPLICATE_ID",
           "AUTHORIZATION/HV-AUTH version 1", 2)
    for name, text in [("array", "[]"), ("number", "7"), ("null", "null")]:
        c.raw(f"not-an-object-{name}", text, "MALFORMED_RECORD", "not an object")
    # a document link is shown to officers and written into their reports: http(s) only
    for name, link in [("formula", "@SUM(1+9)*cmd|' /C calc'!A0"), ("hyperlink-formula", '=HYPERLINK("http://x")'),
                       ("javascript", "javascript:alert(1)"), ("file", "file:///etc/passwd"),
                       ("ftp", "ftp://registry.example/loa.pdf"), ("no-host", "https://"), ("relative", "/loa.pdf"),
                       ("data", "data:text/html,<script>alert(1)</script>")]:
        c.case(f"authorization-documentLinks-{name}", mutate(AUTH, "authorization.documentLinks",
               ["https://registry.example/loa.pdf", link]), "INVALID_VALUE", "not an http or https link")
    c.case("authorization-documentLinks-rlo", mutate(AUTH, "authorization.documentLinks",
           ["https://registry.example/\u202efdp.exe"]), "SPOOFED_CHARACTER", "RIGHT-TO-LEFT OVERRIDE")
    c.case("authorization-documentLinks-web", mutate(AUTH, "authorization.documentLinks",
           ["https://registry.example/loa.pdf", "HTTP://registry.example/a?b=c"]), "ACCEPTED", "", 0)
    # a withdrawal of ITMOs (contract version 2): its two sides must agree, its cause is required
    c.case("withdrawal", WITHDRAWAL, "ACCEPTED", "", 0)
    for field, value, reason, detail in [
        ("itmoPairWithdrawal.quantity", 400, "INVALID_QUANTITY", "names 500 ITMOs for 500 units"),
        ("itmoPairWithdrawal.lastUnitId", "900", "INVALID_RANGE", "inverted"),
        ("itmoPairWithdrawal.cause", DELETE, "MISSING_FIELD", "cause"),
        ("itmoPairWithdrawal.cause", "revoked \u202eexe", "SPOOFED_CHARACTER", "RIGHT-TO-LEFT OVERRIDE"),
    ]:
        c.case(f"withdrawal-{field.split('.')[-1]}-{safe(str(value) if value is not DELETE else 'missing')[:12]}",
               mutate(WITHDRAWAL, field, value), reason, detail)
    c.case("withdrawal-missing", {"sequence": 5, "kind": "ITMO_PAIR_WITHDRAWAL"}, "MISSING_FIELD", "itmoPairWithdrawal")
    return c.write()


def api():
    c = Corpus("api")
    btr = {"party": "TZA", "inventoryYear": 2030}
    aef = {"party": "MDG", "year": 2024}
    rows = []
    def body(name, path, content_type, text, status, detail):
        file = f"{len(c.rows) + 1:03d}-{safe(name)}.txt"
        with open(os.path.join(c.dir, file), "w", encoding="utf-8") as f:
            f.write(text)
        c.rows.append(f"{file}|POST {path}|{content_type}|{status}|{detail}")
    body("btr-malformed-json", "/reports/btr", "application/json", '{"party": "TZA", ', 400, "not the JSON")
    body("btr-array", "/reports/btr", "application/json", "[1, 2, 3]", 400, "")
    body("btr-string-year", "/reports/btr", "application/json", json.dumps(dict(btr, inventoryYear="2030")), 400, "")
    body("btr-fraction-year", "/reports/btr", "application/json", json.dumps(dict(btr, inventoryYear=2030.5)), 400, "")
    body("btr-huge-year", "/reports/btr", "application/json", '{"party":"TZA","inventoryYear":' + "9" * 40 + "}", 400, "")
    body("btr-unknown-scope", "/reports/btr", "application/json", json.dumps(dict(btr, scope="galaxy")), 400, "scope")
    body("btr-unknown-mode", "/reports/btr", "application/json", json.dumps(dict(btr, mode="creative")), 400, "mode")
    body("btr-unknown-format", "/reports/btr", "application/json", json.dumps(dict(btr, format="exe")), 400, "format")
    body("btr-year-1989", "/reports/btr", "application/json", json.dumps(dict(btr, inventoryYear=1989)), 400, "inventoryYear")
    body("btr-missing-party", "/reports/btr", "application/json", json.dumps({"inventoryYear": 2030}), 400, "party")
    body("btr-used-object", "/reports/btr", "application/json", json.dumps(dict(btr, used={"2030": {"a": 1}})), 400, "")
    body("btr-used-not-number", "/reports/btr", "application/json", json.dumps(dict(btr, used={"2030": "lots"})), 400, "")
    body("btr-party-cyrillic", "/reports/btr", "application/json", json.dumps(dict(btr, party="T\u0417A")), 400, "")
    body("btr-party-overlong", "/reports/btr", "application/json", json.dumps(dict(btr, party="T" * 5000)), 400, "")
    body("btr-text-plain", "/reports/btr", "text/plain", json.dumps(btr), 415, "")
    body("btr-xml", "/reports/btr", "application/xml", "<btr><party>TZA</party></btr>", 415, "")
    body("btr-form", "/reports/btr", "application/x-www-form-urlencoded", "party=TZA", 415, "")
    body("btr-empty-body", "/reports/btr", "application/json", "", 400, "")
    body("btr-nested-2000", "/reports/btr", "application/json", "[" * 2000 + "]" * 2000, 400, "")
    body("btr-nested-in-field", "/reports/btr", "application/json",
         '{"party":' + '{"a":' * 1500 + '1' + '}' * 1500 + ',"inventoryYear":2030}', 400, "")
    body("aef-string-year", "/reports/aef", "application/json", json.dumps(dict(aef, year="2024")), 400, "")
    body("aef-unknown-format", "/reports/aef", "application/json", json.dumps(dict(aef, format="pdf")), 400, "format")
    body("aef-year-2101", "/reports/aef", "application/json", json.dumps(dict(aef, year=2101)), 400, "year")
    body("aef-null", "/reports/aef", "application/json", "null", 400, "")
    body("aef-text-html", "/reports/aef", "text/html", "<html></html>", 415, "")
    # figures as the contract writes them: plain decimals of ASCII digits, years 1990-2100, nothing unbounded
    span = dict(btr, years="2021-2030")
    for name, field, figures, detail in [
            ("used-1e999", "used", {"2025": "1e999"}, "used"), ("used-1e9999", "used", {"2025": "1e9999"}, "used"),
            ("used-arabic-indic-digits", "used", {"2025": "\u0661\u0662\u0663"}, "used"),
            ("used-negative", "used", {"2025": "-5"}, "used"), ("used-seven-decimals", "used", {"2025": "1.1234567"}, "used"),
            ("used-sixteen-digits", "used", {"2025": "1" * 16}, "used"),
            ("used-year-arabic-indic", "used", {"\u0662\u0660\u0662\u0665": "5"}, "used"),
            ("used-year-word", "used", {"next": "5"}, "used"), ("inventory-exponent", "inventory", {"2025": "1E3"}, "inventory"),
            ("inventory-plus-sign", "inventory", {"2025": "+5"}, "inventory"),
            ("inventory-spaces", "inventory", {"2025": " 5 "}, "inventory")]:
        body(f"btr-{name}", "/reports/btr", "application/json", json.dumps(dict(span, **{field: figures})), 400, detail)
    body("btr-years-0001-9999", "/reports/btr", "application/json", json.dumps(dict(btr, years="0001-9999")), 400, "1990")
    body("btr-years-1989", "/reports/btr", "application/json", json.dumps(dict(btr, years="1989-2030")), 400, "1990")
    body("btr-years-2101", "/reports/btr", "application/json", json.dumps(dict(btr, years="2021-2101")), 400, "2100")
    every_year = {str(y): "123456789012345.123456" for y in range(1990, 2101)}
    body("btr-order-over-2500-characters", "/reports/btr", "application/json",
         json.dumps(dict(btr, years="1990-2100", used=every_year, inventory=every_year)), 400, "2500")
    body("btr-party-without-authorizations", "/reports/btr", "application/json", json.dumps(dict(btr, party="FRA")),
         400, "no authorization of France")
    body("aef-party-without-authorizations", "/reports/aef", "application/json", json.dumps(dict(aef, party="FRA")),
         400, "no authorization of France")
    # a spoofed serial is no block the gateway holds: a 404 problem naming it
    gets = [("GET /blocks/" + "9" * 3000, 400), ("GET /blocks/GS1-1-K%D0%95-GS7495-16-2025-30645-608-30350", 404),
            ("GET /blocks/%E2%80%AEGS1-1-KE", 404), ("GET /blocks?serial=" + "A" * 3000, 400),
            ("GET /authorizations?status=MAYBE", 400), ("GET /authorizations?page=-1", 400),
            ("GET /authorizations?size=99999999999999999999", 400), ("GET /discrepancies?type=NOT_A_TYPE", 400),
            ("GET /discrepancies?severity=apocalyptic", 400), ("GET /serials/" + "X" * 2000, 400),
            ("GET /outbox/commands?state=LIMBO", 400), ("GET /ledger/events?after=abc", 400),
            ("GET /ledger/events?limit=1.5", 400), ("GET /blocks?registry=GS&firstUnit=x", 400),
            ("GET /job-executions/notanumber", 400)]
    for request, status in gets:
        c.rows.append(f"-|{request}|-|{status}|")
    return c.write()


def exports():
    """Registry export files, each read whole: a row refused alone (REFUSED), or the file refused as
    unreadable (FAILED, the API's 400) or beyond a limit (TOO_LARGE, the API's 413)."""
    c = Corpus("exports")
    samples = os.path.join(HERE, "..", "registry-exports")
    with open(os.path.join(samples, "verra_vcus_legacy_iso_sample.csv"), encoding="utf-8") as f:
        header, row = f.read().split("\n")[:2]
    with open(os.path.join(samples, "gs_public_api_credits_sample.json"), encoding="utf-8") as f:
        credit = json.load(f)[0]

    def file(name, ext, fmt, text, expected, detail):
        path = f"{len(c.rows) + 1:03d}-{safe(name)}.{ext}"
        with open(os.path.join(c.dir, path), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        c.rows.append(f"{path}|{fmt}|{expected}|{detail}")

    def verra(name, bad_row, expected, detail):
        file(name, "csv", "verra-vcus", header + "\n" + row + "\n" + bad_row + "\n", expected, detail)

    def credits(name, records, expected, detail):
        file(name, "json", "gs-api-credits", json.dumps([credit] + records, ensure_ascii=False), expected, detail)

    verra("verra-name-rlo", row.replace("Bale Mountains", "Bale \u202eMountains"), "REFUSED", "RIGHT-TO-LEFT OVERRIDE")
    verra("verra-serial-zero-width", row.replace("19385-", "19385\u200b-"), "REFUSED", "ZERO WIDTH SPACE")
    verra("verra-beneficiary-lri", row[:-3] + ",\u2066Beneficiary\u2069,,", "REFUSED", "LEFT-TO-RIGHT ISOLATE")
    verra("verra-cell-10001", row[:-1] + "x" * 10_001, "TOO_LARGE", "a6.exports.limits.max-cell-length")
    verra("verra-201-cells", ",".join(["x"] * 201), "TOO_LARGE", "a6.exports.limits.max-cells")
    file("verra-header-201-cells", "csv", "verra-vcus", ",".join(["Name"] * 201) + "\n", "TOO_LARGE",
         "a6.exports.limits.max-cells")
    verra("verra-quote-never-closed", row + ',"open', "FAILED", "never closed")
    credits("credits-note-rlo", [dict(credit, note="VER \u202epurchased")], "REFUSED", "RIGHT-TO-LEFT OVERRIDE")
    credits("credits-field-name-bom", [dict(credit, **{"\ufeffnote": "x"})], "REFUSED", "ZERO WIDTH NO-BREAK SPACE")
    credits("credits-nested-project-zero-width", [dict(credit, project=dict(credit["project"], name="GS\u200d817"))],
            "REFUSED", "ZERO WIDTH JOINER")
    credits("credits-201-labels", [dict(credit, labels=["CORSIA"] * 201)], "TOO_LARGE", "a6.exports.limits.max-cells")
    credits("credits-note-10001", [dict(credit, note="x" * 10_001)], "TOO_LARGE", "a6.exports.limits.max-cell-length")
    credits("credits-field-name-10001", [dict(credit, **{"x" * 10_001: 1})], "TOO_LARGE",
            "a6.exports.limits.max-cell-length")
    deep = {"n": 1}
    for _ in range(40):
        deep = {"n": deep}
    credits("credits-nested-40", [dict(credit, note=deep)], "FAILED", "a6.exports.limits.max-nesting-depth")
    file("array-nested-2000", "json", "gs-api-credits", "[" * 2000, "FAILED", "a6.exports.limits.max-nesting-depth")
    file("array-never-closed", "json", "gs-api-credits", json.dumps([credit])[:-1], "FAILED", "not JSON")
    file("number-1001-digits", "json", "gs-api-credits", '[{"number_of_credits": ' + "9" * 1001 + "}]", "FAILED",
         "more than 1000 digits")
    return c.write()


if __name__ == "__main__":
    print("vcm", vcm(), "national", national(), "api", api(), "exports", exports())
