/**
 * The national public holidays (days off, including the swapped weekdays) and make-up working
 * days (调休上班 weekends), as the State Council's yearly notices on holiday arrangements (国务院
 * 办公厅关于部分节假日安排的通知) set them. The default calendar of every city until it saves its
 * own in the filing settings; the next year's notice comes each autumn.
 */
const range = (from: string, days: number) =>
  Array.from({ length: days }, (_, i) => {
    const d = new Date(`${from}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + i);
    return d.toISOString().slice(0, 10);
  });

export const nationalHolidays: readonly string[] = [
  // 2024
  '2024-01-01', ...range('2024-02-10', 8), ...range('2024-04-04', 3), ...range('2024-05-01', 5), '2024-06-10', ...range('2024-09-15', 3), ...range('2024-10-01', 7),
  // 2025
  '2025-01-01', ...range('2025-01-28', 8), ...range('2025-04-04', 3), ...range('2025-05-01', 5), ...range('2025-05-31', 3), ...range('2025-10-01', 8),
  // 2026
  ...range('2026-01-01', 3), ...range('2026-02-15', 9), ...range('2026-04-04', 3), ...range('2026-05-01', 5), ...range('2026-06-19', 3), ...range('2026-09-25', 3), ...range('2026-10-01', 7),
];

export const nationalMakeUpWorkdays: readonly string[] = [
  '2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12',
  '2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11',
  '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10',
];
