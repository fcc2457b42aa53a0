import { Select } from 'antd';

interface FilterSelectProps {
  /** Shown as the placeholder and read by screen readers. */
  label: string;
  value: string | undefined;
  values: readonly string[];
  text: (value: string) => string;
  onChange: (value: string | undefined) => void;
  width?: number;
}

/** One filter of a list page: a clearable choice among the API's values, shown in the user's language. */
export function FilterSelect({ label, value, values, text, onChange, width = 130 }: FilterSelectProps) {
  return (
    <Select aria-label={label} placeholder={label} allowClear style={{ width }} value={value} onChange={onChange}
      options={values.map((v) => ({ value: v, label: text(v) }))} />
  );
}
