-- wrk script: the raw DynamoDB Local call behind GET /api/products (a GSI1 query for one page).
-- DynamoDB Local checks that a SigV4-shaped Authorization header is present, not its signature.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-amz-json-1.0"
wrk.headers["X-Amz-Target"] = "DynamoDB_20120810.Query"
wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=local/20260101/ap-southeast-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=0"
wrk.headers["X-Amz-Date"] = "20260101T000000Z"
wrk.body = string.format([[{"TableName":"%s","IndexName":"GSI1","KeyConditionExpression":"GSI1PK = :a","ExpressionAttributeValues":{":a":{"S":"CATALOG#ACTIVE"}},"ScanIndexForward":false,"Limit":25}]], os.getenv("TABLE") or "GitGoods")
