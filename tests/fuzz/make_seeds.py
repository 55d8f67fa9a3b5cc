#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (run once; the files are committed).
Formats: see FuzzTargets.h."""
import hashlib, os
here = os.path.dirname(os.path.abspath(__file__))

def put(target, data):
    d = os.path.join(here, 'corpus', target)
    os.makedirs(d, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    open(os.path.join(d, name), 'wb').write(data)

replies = [
 b"VERSION: 2.14-202|BUILD: 250720-1841|DATE: 2026-11-27 08:48:25|EPOCH: 1795769305|DST: 0|TZ: -5.00|TZNOW: -5.00|\n",
 b"ERROR: Login incorrect, please try again: |apiadmin|ApiPass77|BAD|\n",
 b"ERROR: Too many login attempts, try again in 15 minutes: |locktest|LOCK|\n",
 b"ERROR: Your IP Address is not allowed: 10.1.2.3: |USER|IPBLOCK|\n",
 b"ERROR: NO FUNCTION SPECIFIED\n",
 b"ERROR: Invalid Source - x\nERROR: Invalid Source: |x|\n",
 b"ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |funclimited|add_phone|\n",
 b"ERROR: add_phone USER DOES NOT HAVE PERMISSION TO ADD PHONES: |lowuser|0\n",
 b"ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: |apiadmin|8006|8006|8006|8006|Pw8006zz|10.10.10.15|SIP|Reg-8006_q|Test Phone 8006|-5.00|\n",
 b"ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: |apiadmin|||||||||||\n",
 b"ERROR: add_phone SERVER DOES NOT EXIST: |apiadmin|10.10.10.99\n",
 b"ERROR: add_phone PHONE ALREADY EXISTS ON THIS SERVER: |apiadmin|10.10.10.15|8001\n",
 b"ERROR: add_phone PHONE LOGIN ALREADY EXISTS: |apiadmin|8001\n",
 b"ERROR: add_phone YOU MUST USE A VALID TIMEZONE: |apiadmin|-4.25\n",
 b"ERROR: add_phone TEMPLATE ID DOES NOT EXIST, THIS IS AN OPTIONAL FIELD: |apiadmin|8012|nosuch\n",
 b"SUCCESS: add_phone PHONE HAS BEEN ADDED - apiadmin|8001|10.10.10.15|SIP|8001\n",
 b"SUCCESS: update_phone PHONE HAS BEEN UPDATED - apiadmin|8001|10.10.10.15|\n",
 b"SUCCESS: update_phone PHONE HAS BEEN DELETED - apiadmin|8005|10.10.10.15|\n",
 b"ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |apiadmin|10.10.10.15|9999\n",
 b"NOTICE: update_phone USER DOES NOT HAVE PERMISSION TO DELETE PHONES - USER|ext\n",
 b"SUCCESS: add_phone_alias PHONE ALIAS HAS BEEN ADDED - apiadmin|al8001|Alias 8001|8001,8011\n",
 b"ERROR: INVALID USERNAME OR PASSWORD\n",
 b"<html><head><title>503 Service Unavailable</title></head><body>ApiPass77</body></html>\n",
 b"SUCCESS: add_phone PHONE HAS BE",
 b"\xff\xfeS\x00U\x00",
 b"",
]
for i, body in enumerate(replies):
    put('reply_parser', bytes([0, 0]) + body)
put('reply_parser', bytes([2, 0]))          # 500, empty body
put('reply_parser', bytes([3, 16]) + replies[22])
put('reply_parser', bytes([4, 16]) + b"<html>login</html>")
put('reply_parser', bytes([0, 1]) + replies[15][:20])  # timed out mid-body
put('reply_parser', bytes([0, 4]) + replies[15][:30])  # closed mid-body
put('reply_parser', bytes([0, 8]))                      # refused

csvs = [
 b"extension,server_ip,phone_login,phone_pass,registration_password,phone_full_name,outbound_cid\r\n8001,10.10.10.15,8001,Pw8001a,Rg8001a,Ana Lopez,+1 (312) 555-1201\r\n",
 b"\xef\xbb\xbfExtension;Full Name;Login\n8001;\"Lopez; Ana\";8001\n8002;\"Say \"\"hi\"\"\";8002\n",
 "extension\tphone_full_name\n8001\tJosé Müller\n".encode('utf-16-le'),
 b"\xff\xfe" + "extension,name\n8001,Zoë\n".encode('utf-16-le'),
 b"\xfe\xff" + "extension|name\n8001|x\n".encode('utf-16-be'),
 b"extension,name\n8001,Caf\xe9\n",
 b"extension,note\n8001,\"multi\nline\r\nnote\"\n8002,=\"00123\"\n",
 b"a,b,c\n1,2\n3,4,5,6\n\"unterminated\n",
 b"8001,10.10.10.15\n8002,10.10.10.15\n",
 b"\x00\x01\x02binary\x00",
 b"\"abc\"def,ghi\n",
 b"",
]
for body in csvs:
    for choice in (0, 7, 0x80 | 0x40, 0x80):
        put('csv_reader', bytes([choice]) + body)

urls = ["dialer.example.com", "10.0.0.5:8080", "[2001:db8::5]", "https://host/",
 "http://dialer.example.com/vicidial/", "https://dialer.example.com/vicidial/non_agent_api.php?function=version&user=a&pass=b",
 "https://user:pw@dialer.example.com/vicidial/admin.php#frag", "localhost:8080", "http://127.0.0.1:43210",
 "http://[::1]/", "HTTP://Dialer.Example.COM:443/VICIDIAL", "ftp://x", "  dialer.example.com  ", "",
 "http://a.localhost/agc/vicidial.php", "https://d\u00e9j\u00e0.example/", "http://10.1.2.3:99999/"]
for u in urls:
    put('api_endpoint', u.encode('utf-8'))

def phone(values, opts=0):
    return bytes([opts]) + b"\x1f".join(v.encode('utf-8') for v in values)
base = ["8001", "8001", "8001", "8001", "Pw8001a", "10.10.10.15", "SIP", "Rg8001a", "Ana Lopez", "-5.00", "3125551201"]
put('phone_rules', phone(base))
put('phone_rules', phone(base + ["default", "a+b@example.com", "---ALL---", "Y", "N", "N", "tmpl1", "N"]))
put('phone_rules', phone(["80.18", "*8029#", "vm8029x", "x" * 17, "pw8028!", "10.10.10.999", "pjsip", "rg 8028", "O'Brien José", "-5", "+1 (312) 555-1212"]))
put('phone_rules', phone(["Ab8024", "8024", "8024", "8024", "Pw", "::1", "iax2", "R", "Zoë", "+5.50", ""] + [""] * 3 + ["yes", "0", "true", "--BLANK--", "x"], 1))
put('phone_rules', phone([" 8001 ", "", "", "", "", "", "", "", "", "EST", ""], 2))
