#!/usr/bin/env python3
"""The shopper's account flow with a real AWS SDK client (boto3) against the local identity endpoint.

Usage: accounts_flow.py <stack base url>, with the stack's admin key in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY
(printed in its ready banner). Prints one line per step and "accounts flow: OK"; exits non-zero at the first
step that does not behave as Amazon Cognito does.
"""
import base64
import json
import os
import re
import sys
import urllib.request
import uuid

import boto3
import botocore
from botocore.config import Config
from botocore.exceptions import ClientError

CLIENT_ID = "gitgoodslocalspaclient0001"
POOL_ID = "ap-southeast-1_GitGoodsLocal"
REGION = "ap-southeast-1"


def step(name):
    print(f"ok  {name}", flush=True)


def error_of(call, **kwargs):
    try:
        call(**kwargs)
    except ClientError as e:
        return e.response["Error"]["Code"], e.response["Error"]["Message"], e.response["ResponseMetadata"]["HTTPStatusCode"]
    raise AssertionError(f"{call.__name__} was accepted")


def latest_code(base, email):
    with urllib.request.urlopen(f"{base}/local/outbox?limit=500") as response:
        items = json.load(response)["items"]
    mail = next(m for m in items if m["to"] == email and m["channel"] == "email")
    return re.search(r"\b\d{6}\b", mail["body"]).group(0)


def claims(token):
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def sign_in(client, email, password):
    return client.initiate_auth(AuthFlow="USER_PASSWORD_AUTH", ClientId=CLIENT_ID,
                                AuthParameters={"USERNAME": email, "PASSWORD": password})["AuthenticationResult"]


def main(base):
    endpoint = base + "/cognito"
    public = boto3.client("cognito-idp", region_name=REGION, endpoint_url=endpoint,
                          config=Config(signature_version=botocore.UNSIGNED))
    admin = boto3.client("cognito-idp", region_name=REGION, endpoint_url=endpoint)
    email = f"boto3-{uuid.uuid4().hex}@example.test"

    signed_up = public.sign_up(ClientId=CLIENT_ID, Username=email, Password="First-Passw0rd!",
                               UserAttributes=[{"Name": "email", "Value": email}, {"Name": "name", "Value": "Boto Three"}])
    assert signed_up["UserConfirmed"] is True
    step("sign_up")

    details = public.forgot_password(ClientId=CLIENT_ID, Username=email)["CodeDeliveryDetails"]
    assert details == {"Destination": "b***@e***", "DeliveryMedium": "EMAIL", "AttributeName": "email"}, details
    code = latest_code(base, email)
    step("forgot_password (code read from /local/outbox)")

    assert error_of(public.confirm_forgot_password, ClientId=CLIENT_ID, Username=email,
                    ConfirmationCode="000000" if code != "000000" else "111111", Password="Second-Passw0rd!")[0] == "CodeMismatchException"
    public.confirm_forgot_password(ClientId=CLIENT_ID, Username=email, ConfirmationCode=code, Password="Second-Passw0rd!")
    tokens = sign_in(public, email, "Second-Passw0rd!")
    step("confirm_forgot_password, then sign in with the new password")

    assert error_of(public.change_password, AccessToken=tokens["AccessToken"], PreviousPassword="Wrong-Passw0rd!",
                    ProposedPassword="Third-Passw0rd!")[0] == "NotAuthorizedException"
    assert error_of(public.change_password, AccessToken=tokens["AccessToken"], PreviousPassword="Second-Passw0rd!",
                    ProposedPassword="short")[0] == "InvalidPasswordException"
    public.change_password(AccessToken=tokens["AccessToken"], PreviousPassword="Second-Passw0rd!", ProposedPassword="Third-Passw0rd!")
    tokens = sign_in(public, email, "Third-Passw0rd!")
    step("change_password")

    updated = public.update_user_attributes(AccessToken=tokens["AccessToken"], UserAttributes=[
        {"Name": "address", "Value": "8 Marina Boulevard, Singapore 018981"}, {"Name": "phone_number", "Value": "+6590001111"}])
    assert updated["CodeDeliveryDetailsList"] == []
    user = public.get_user(AccessToken=tokens["AccessToken"])
    attributes = {a["Name"]: a["Value"] for a in user["UserAttributes"]}
    assert attributes["address"] == "8 Marina Boulevard, Singapore 018981" and attributes["phone_number"] == "+6590001111", attributes
    step("update_user_attributes (address, phone), get_user shows them")

    public.global_sign_out(AccessToken=tokens["AccessToken"])
    refused = error_of(public.initiate_auth, AuthFlow="REFRESH_TOKEN_AUTH", ClientId=CLIENT_ID,
                       AuthParameters={"REFRESH_TOKEN": tokens["RefreshToken"]})
    assert refused[:2] == ("NotAuthorizedException", "Refresh Token has been revoked"), refused
    assert error_of(public.get_user, AccessToken=tokens["AccessToken"])[1] == "Access Token has been revoked"
    step("global_sign_out, then refresh and get_user refused")

    unsigned = error_of(public.admin_add_user_to_group, UserPoolId=POOL_ID, Username=email, GroupName="sellers")
    assert unsigned[0] == "MissingAuthenticationTokenException", unsigned
    wrong_key = boto3.client("cognito-idp", region_name=REGION, endpoint_url=endpoint, aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
                             aws_secret_access_key="not-the-secret-" + "x" * 25)
    assert error_of(wrong_key.admin_add_user_to_group, UserPoolId=POOL_ID, Username=email, GroupName="sellers")[0] == "InvalidSignatureException"
    unknown_key = boto3.client("cognito-idp", region_name=REGION, endpoint_url=endpoint, aws_access_key_id="AKIAUNKNOWNUNKNOWN00",
                               aws_secret_access_key="x" * 40)
    assert error_of(unknown_key.admin_add_user_to_group, UserPoolId=POOL_ID, Username=email, GroupName="sellers")[0] == "UnrecognizedClientException"
    assert "sellers" not in claims(sign_in(public, email, "Third-Passw0rd!")["IdToken"]).get("cognito:groups", [])
    step("admin_add_user_to_group unsigned, with a wrong secret and with an unknown key: refused")

    admin.admin_add_user_to_group(UserPoolId=POOL_ID, Username=email, GroupName="sellers")
    assert claims(sign_in(public, email, "Third-Passw0rd!")["IdToken"])["cognito:groups"] == ["sellers"]
    step("admin_add_user_to_group signed with the stack's admin key: accepted")
    print("accounts flow: OK")


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/"))
