import { Select } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { useOrganizationNames } from '../organizations/api';

/** A searchable picker of the district's active organizations (type part of a name). */
export function OrganizationPicker({ value, onChange, multiple, id, ariaLabel }: {
  value?: string | string[];
  onChange?: (v: string | string[]) => void;
  multiple?: boolean;
  id?: string;
  ariaLabel?: string;
}) {
  const { label, compare } = useI18n();
  const names = useOrganizationNames();
  const options = useMemo(() => [...(names.data?.values() ?? [])]
    .filter((o) => o.status === 'ACTIVE')
    .sort((a, b) => compare(a.name, b.name))
    .map((o) => ({ value: o.id, label: `${o.name}（${label('sector', o.sector)}）` })), [names.data, compare, label]);
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      showSearch
      mode={multiple ? 'multiple' : undefined}
      loading={names.isPending}
      optionFilterProp="label"
      value={value}
      onChange={onChange}
      options={options}
      style={{ width: '100%' }}
    />
  );
}
