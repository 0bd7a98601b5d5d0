import { mergeClasses } from '@fluentui/react-components';
import type { StatusCount } from '../view-model';
import { STATUS_LIGHT, usePaneStyles } from './styles';

/** Counts by status with the spec's traffic-light colours; the colour is decoration, the label says it. */
export function StatusLights({ counts, label }: { counts: StatusCount[]; label: string }) {
  const s = usePaneStyles();
  return (
    <ul className={s.lights} aria-label={label}>
      {counts.map((c) => {
        const light = STATUS_LIGHT[c.key];
        return (
          <li key={c.key} className={s.light} data-status={c.key}>
            <span
              aria-hidden="true"
              className={mergeClasses(s.dot)}
              style={light.outline ? { border: `2px solid ${light.color}` } : { backgroundColor: light.color }}
            />
            <span>{c.label}</span>
            <span className={s.lightCount}>{c.count}</span>
          </li>
        );
      })}
    </ul>
  );
}
