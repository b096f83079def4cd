'use strict';
// A stand-in for the shop's API and Cognito endpoint on 127.0.0.1, for the journey's unit tests: it answers the
// contract's happy path, records every request, and lets a test replace any route's answer.
const http = require('node:http');

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.e30.fake-signature';

function defaultRoutes(shop) {
  return {
    'GET /api/products': () => [200, { items: [{ id: 'few', stock: 2 }, { id: 'many', stock: 90 }, { id: 'none', stock: 0 }], nextCursor: null }],
    'GET /api/products/many': () => [200, { id: 'many', stock: 90, status: 'ACTIVE' }],
    'PUT /api/cart/items/many': () => [200, { id: 'cart-1', items: [{ productId: 'many', quantity: 1 }], itemCount: 1 }, { 'x-cart-id': 'cart-1' }],
    'GET /api/cart': () => [200, { id: 'cart-1', items: [{ productId: 'many', quantity: 1 }], itemCount: 1, subtotal: { amount: 5990, currency: 'SGD' } }],
    'POST /cognito/': () => [200, { AuthenticationResult: { IdToken: TOKEN, AccessToken: 'a', RefreshToken: 'r' } }],
    'POST /api/orders': () => [202, { id: 'order-1', status: 'PENDING' }],
    'GET /api/orders/order-1': () => [200, { id: 'order-1', status: shop.polls++ < 2 ? 'PENDING' : 'CONFIRMED' }],
    'POST /api/orders/order-1/cancel': () => [200, { id: 'order-1', status: 'CANCELLED' }],
    'DELETE /api/cart': () => [204, null],
  };
}

/** Starts the fake; answers { url, requests, routes, close() }. */
async function startFakeShop() {
  const shop = { requests: [], polls: 0 };
  shop.routes = defaultRoutes(shop);
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => { text += chunk; });
    req.on('end', () => {
      const path = req.url.split('?')[0];
      const key = `${req.method} ${path}`;
      shop.requests.push({ key, url: req.url, headers: req.headers, body: text ? JSON.parse(text) : null });
      const route = shop.routes[key];
      const [status, body, headers] = route ? route(req) : [404, { title: 'Not Found', detail: key }];
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(body === null ? undefined : JSON.stringify(body));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  shop.url = `http://127.0.0.1:${server.address().port}`;
  shop.close = () => new Promise((resolve) => server.close(resolve));
  return shop;
}

/** Journey options against the fake, collecting log lines in lines. */
function journeyOptions(shop, lines, extra = {}) {
  return {
    baseUrl: shop.url, cognitoEndpoint: `${shop.url}/cognito`, clientId: 'client-1', email: 'canary@example.com',
    password: 'Secret!Pass123', log: (line) => lines.push(line), pollIntervalMs: 20, orderDeadlineMs: 2000, ...extra,
  };
}

module.exports = { startFakeShop, journeyOptions, TOKEN };
