import { useState, type FormEvent } from 'react';
import { Field } from '../../../components/Field';
import { presetDays, presetOf, presetRange, rangeProblem, type DateRange } from './dateRange';

interface RangePickerProps {
  range: DateRange;
  today: string;
  onChange: (range: DateRange) => void;
}

/** Quick ranges (the last 7, 30 or 90 days) and any other range by its first and last day. */
export function RangePicker({ range, today, onChange }: RangePickerProps) {
  const [draft, setDraft] = useState(range);
  const [problem, setProblem] = useState<string | null>(null);
  const [shown, setShown] = useState(range);
  // A preset (or the address) changed the range: the date fields follow it.
  if (shown.from !== range.from || shown.to !== range.to) {
    setShown(range);
    setDraft(range);
    setProblem(null);
  }
  const selected = presetOf(range, today);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = rangeProblem(draft);
    setProblem(found);
    if (!found) onChange(draft);
  }

  return (
    <form className="report-range" onSubmit={submit} aria-label="Report dates" noValidate>
      <div className="report-presets" role="group" aria-label="Quick ranges">
        {presetDays.map((days) => (
          <button key={days} type="button" aria-pressed={selected === days} onClick={() => onChange(presetRange(days, today))}>
            Last {days} days
          </button>
        ))}
      </div>
      <div className="report-dates">
        <Field label="From" type="date" value={draft.from} max={today} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        <Field
          label="To"
          type="date"
          value={draft.to}
          max={today}
          errors={problem ? [problem] : undefined}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
        />
        <button type="submit">Show sales</button>
      </div>
    </form>
  );
}
