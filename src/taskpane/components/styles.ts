import { makeStyles, tokens } from '@fluentui/react-components';
import type { StatusKey } from '../../core/types';

/** Traffic-light colours of the spec (ledger.md "Status"): the same meaning in the pane as in the sheet. */
export const STATUS_LIGHT: Record<StatusKey, { color: string; outline?: boolean }> = {
  // The 三色督办单: red overdue, yellow behind 序时进度, blue near the deadline.
  overdue: { color: '#C50F1F' },
  behind: { color: '#EAA300' },
  dueSoon: { color: '#0F6CBD' },
  inProgress: { color: '#107C10' },
  notStarted: { color: '#107C10' },
  done: { color: '#0B6A0B' },
  doneLate: { color: '#DA3B01' },
  open: { color: '#8A8886' },
  unknown: { color: '#C50F1F', outline: true },
};

export const usePaneStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { display: 'block', fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  subtitle: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  tabs: { backgroundColor: tokens.colorNeutralBackground1, paddingLeft: tokens.spacingHorizontalS },
  body: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: 'center' },
  sectionTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  caption: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  lights: { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  light: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200 },
  lightCount: { marginLeft: 'auto', fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  dot: { width: '10px', height: '10px', borderRadius: '50%', flexShrink: 0, boxSizing: 'border-box' },
  swatch: { width: '12px', height: '12px', flexShrink: 0, border: `1px solid ${tokens.colorNeutralStroke1}` },
  issueList: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column' },
  issueButton: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    width: '100%',
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    whiteSpace: 'normal',
    height: 'auto',
  },
  issueTask: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
  },
  cellRef: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS, flexShrink: 0, minWidth: '3.2em' },
  groupHeader: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, width: '100%', textAlign: 'left' },
  groupBadge: { flexShrink: 0, whiteSpace: 'nowrap' },
  groupTitle: { flexGrow: 1, minWidth: 0 },
  legendItem: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
  unitCell: { minWidth: '6em' },
  groupCount: { marginLeft: 'auto', flexShrink: 0 },
  tableWrap: { overflowX: 'auto' },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'right', whiteSpace: 'nowrap' },
    '& th:first-child, & td:first-child': { textAlign: 'left', whiteSpace: 'normal' },
    '& th': { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
    // Narrow panes (about 320 px): headers wrap instead of pushing columns out of sight, and the unit
    // column stays in view when the table scrolls sideways.
    '& thead th': { whiteSpace: 'normal', verticalAlign: 'bottom' },
    '& th:first-child': { position: 'sticky', left: 0, backgroundColor: tokens.colorNeutralBackground1 },
  },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  rules: { display: 'flex', flexDirection: 'column' },
});
