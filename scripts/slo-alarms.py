#!/usr/bin/env python3
"""Prints every CloudWatch alarm of a synthesized CDK app as a table, nested stacks included.

Usage: scripts/slo-alarms.py [CDK_OUT]   (default: cdk.out)

For each template (*.template.json, nested *.nested.template.json too): one row per metric alarm with its metric or
metric-math expression, statistic, condition, window (period x evaluation periods, and how many datapoints must breach)
and actions; then the composite alarms with their rules. A window over the 10-minute detection budget is marked "!".
References are shown by logical id; in a nested stack, a value the parent stack passes in is shown as "parent:<id>".
Python 3 standard library only.
"""
import json
import pathlib
import sys

DETECTION_BUDGET_SECONDS = 600
COMPARISONS = {
    "GreaterThanThreshold": ">",
    "GreaterThanOrEqualToThreshold": ">=",
    "LessThanThreshold": "<",
    "LessThanOrEqualToThreshold": "<=",
    "GreaterThanUpperThreshold": "> band",
    "LessThanLowerThreshold": "< band",
    "LessThanLowerOrGreaterThanUpperThreshold": "outside band",
}


def value(v):
    """A template value as text: literals as they are, intrinsic functions by the logical ids they name."""
    if isinstance(v, (str, int, float)):
        return str(v)
    if isinstance(v, dict) and "Ref" in v:
        ref = v["Ref"]
        if ref.startswith("referenceto"):
            ref = "parent:" + ref[len("referenceto"):].removesuffix("Ref").removesuffix("Arn")
        return ref
    if isinstance(v, dict) and "Fn::GetAtt" in v:
        return v["Fn::GetAtt"][0]
    if isinstance(v, dict) and "Fn::Join" in v:
        separator, parts = v["Fn::Join"]
        return separator.join(value(p) for p in parts)
    return json.dumps(v, separators=(",", ":"))


def metric_text(namespace, name, dimensions):
    dims = ",".join(f"{d['Name']}={value(d['Value'])}" for d in dimensions or [])
    return f"{namespace}/{name}" + (f"{{{dims}}}" if dims else "")


def seconds_text(seconds):
    return f"{seconds // 60} min" if seconds % 60 == 0 else f"{seconds} s"


def describe_metric(props):
    """(metric or expression, statistic, period in seconds) of a metric alarm or a metric-math alarm."""
    if "Metrics" not in props:
        stat = props.get("Statistic") or props.get("ExtendedStatistic", "?")
        return metric_text(props["Namespace"], props["MetricName"], props.get("Dimensions")), stat, int(props["Period"])
    queries = props["Metrics"]
    returned = next((q for q in queries if q.get("ReturnData", True) and "Expression" in q), None)
    inputs = [q for q in queries if "MetricStat" in q]
    parts = [f"{q['Id']}={metric_text(q['MetricStat']['Metric']['Namespace'], q['MetricStat']['Metric']['MetricName'], q['MetricStat']['Metric'].get('Dimensions'))}"
             for q in inputs]
    text = (returned["Expression"] if returned else "?") + " where " + "; ".join(parts)
    stats = ", ".join(f"{q['Id']}:{q['MetricStat']['Stat']}" for q in inputs)
    period = max(int(q["MetricStat"]["Period"]) for q in inputs) if inputs else int(props.get("Period", 0))
    return text, stats, period


def actions_text(props):
    kinds = (("AlarmActions", "ALARM"), ("OKActions", "OK"), ("InsufficientDataActions", "INSUFFICIENT_DATA"))
    return "; ".join(f"{label}->{', '.join(value(a) for a in props[key])}" for key, label in kinds if props.get(key)) or "none"


def alarm_row(logical_id, props):
    name = props["AlarmName"] if isinstance(props.get("AlarmName"), str) else logical_id
    metric, stat, period = describe_metric(props)
    evaluations = int(props["EvaluationPeriods"])
    window = period * evaluations
    datapoints = int(props.get("DatapointsToAlarm", evaluations))
    mark = " !" if window > DETECTION_BUDGET_SECONDS else ""
    condition = f"{COMPARISONS.get(props['ComparisonOperator'], props['ComparisonOperator'])} {value(props.get('Threshold', props.get('ThresholdMetricId', '?')))}"
    window_text = f"{seconds_text(window)}{mark} ({datapoints} of {evaluations} x {seconds_text(period)})"
    return [name, metric, stat, condition, window_text, actions_text(props)]


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def main():
    out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "cdk.out")
    templates = sorted(out.glob("*.template.json"))
    if not templates:
        sys.exit(f"no *.template.json in {out}: synthesize first (scripts/synth.sh)")
    total, composites, over = 0, 0, 0
    for path in templates:
        resources = json.loads(path.read_text())["Resources"]
        alarms = [(k, r["Properties"]) for k, r in resources.items() if r["Type"] == "AWS::CloudWatch::Alarm"]
        composite = [(k, r["Properties"]) for k, r in resources.items() if r["Type"] == "AWS::CloudWatch::CompositeAlarm"]
        if not alarms and not composite:
            continue
        print(f"## {path.name}\n")
        if alarms:
            rows = [alarm_row(k, p) for k, p in sorted(alarms)]
            over += sum(1 for r in rows if " !" in r[4])
            print(table(["alarm", "metric or expression", "statistic", "condition", "window", "actions"], rows) + "\n")
        if composite:
            rows = [[p["AlarmName"] if isinstance(p.get("AlarmName"), str) else k, value(p["AlarmRule"]), actions_text(p)] for k, p in sorted(composite)]
            print(table(["composite alarm", "rule", "actions"], rows) + "\n")
        total += len(alarms)
        composites += len(composite)
    print(f"{total} metric alarm(s), {composites} composite alarm(s) in {len(templates)} template(s); "
          f"{over} with a window over {seconds_text(DETECTION_BUDGET_SECONDS)}.")


if __name__ == "__main__":
    main()
