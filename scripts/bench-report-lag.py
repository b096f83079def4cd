#!/usr/bin/env python3
"""How far the seller's sales report lags the orders, on a running local environment (./scripts/run.sh).

For each of N orders (one unit of a fresh product of the demo seller, placed by the demo shopper): the order's
CONFIRMED time (its statusHistory, server clock) to the first GET /api/seller/reports/sales that counts it, polled
every 50 ms. The floor beside it is one GET of the report itself. Usage: scripts/bench-report-lag.py [N] [base URL]
"""
import datetime, json, statistics, sys, time, urllib.request, uuid

N = int(sys.argv[1]) if len(sys.argv) > 1 else 20
BASE = sys.argv[2] if len(sys.argv) > 2 else "http://localhost:5080"
PASSWORD = "GitGoods!2026"


def call(method, path, token=None, body=None, headers=None):
    request = urllib.request.Request(BASE + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    for key, value in (headers or {}).items():
        request.add_header(key, value)
    with urllib.request.urlopen(request) as response:
        text = response.read()
        return json.loads(text) if text else None


def sign_in(email):
    request = urllib.request.Request(BASE + "/cognito/", method="POST", data=json.dumps({
        "AuthFlow": "USER_PASSWORD_AUTH", "ClientId": "gitgoodslocalspaclient0001",
        "AuthParameters": {"USERNAME": email, "PASSWORD": PASSWORD}}).encode())
    request.add_header("Content-Type", "application/x-amz-json-1.1")
    request.add_header("X-Amz-Target", "AWSCognitoIdentityProviderService.InitiateAuth")
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read())["AuthenticationResult"]["IdToken"]


def parse(at):
    return datetime.datetime.fromisoformat(at.replace("Z", "+00:00")).timestamp()


def units_of(report, product_id):
    return sum(p["units"] for p in report["topProducts"] + report["bottomProducts"] if p["productId"] == product_id)


seller, shopper = sign_in("seller@gitgoods.local"), sign_in("shopper@gitgoods.local")
product = call("POST", "/api/seller/products", seller, {"title": "Lag Probe " + uuid.uuid4().hex[:8], "platform": "PC",
               "description": "A probe for the report's lag.", "price": {"amount": 100, "currency": "SGD"}, "stock": 100000})
report_path = "/api/seller/reports/sales?from={0}&to={0}"
lags, floors = [], []
for i in range(1, N + 1):
    order = call("POST", "/api/orders", shopper, {"items": [{"productId": product["id"], "quantity": 1}],
                 "shipping": {"name": "Lag Probe", "phone": "+6591234567", "address": {"line1": "1 Probe Way", "city": "Singapore",
                              "postalCode": "123456", "country": "SG"}}, "payment": {"method": "card", "token": "pm_card_visa"}},
                 {"Idempotency-Key": uuid.uuid4().hex})
    while (order := call("GET", "/api/orders/" + order["id"], shopper))["status"] == "PENDING":
        time.sleep(0.02)
    confirmed = next(parse(h["at"]) for h in order["statusHistory"] if h["status"] == "CONFIRMED")
    day = datetime.datetime.fromtimestamp(parse(order["createdAt"]), datetime.timezone(datetime.timedelta(hours=8))).date().isoformat()
    while True:
        started = time.time()
        report = call("GET", report_path.format(day), seller)
        floors.append(time.time() - started)
        if units_of(report, product["id"]) >= i:
            lags.append(time.time() - confirmed)
            break
        time.sleep(0.05)


def row(name, values):
    values = sorted(v * 1000 for v in values)
    p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
    print(f"| {name} | {len(values)} | {statistics.median(values):.0f} | {p95:.0f} | {values[-1]:.0f} |")


print("| measure | n | median ms | p95 ms | max ms |\n|---|---|---|---|---|")
row("CONFIRMED → counted by the report", lags)
row("floor: one GET of the report", floors)
