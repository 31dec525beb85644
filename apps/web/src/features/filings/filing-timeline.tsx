import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { FilingEvent } from '@youyu/contracts';

const colorOf = (e: FilingEvent) => (e.toState === 'filed' ? 'green' : e.toState === 'returned' ? 'orange' : ['refused', 'suspended', 'withdrawn'].includes(e.toState) ? 'red' : 'blue');

/** Every step of a filing: what happened, who did it, when, and why (with the items returned). */
export function FilingTimeline({ events }: { events: readonly FilingEvent[] }) {
  const { t } = useTranslation();
  return (
    <Timeline
      items={events.map((e) => ({
        key: e.id,
        color: colorOf(e),
        children: (
          <div>
            <Typography.Text strong>{t(`filings:actions.${e.action}`)}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {dayjs(e.at).format('YYYY-MM-DD HH:mm')}
              {e.actorName ? ` · ${e.actorName}` : ''}
            </Typography.Text>
            {e.reason ? <div style={{ marginTop: 2 }}>{e.reason}</div> : null}
            {e.items.length > 0 ? (
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                {e.items.map((i) => (
                  <li key={`${i.item}-${i.reason}`}>
                    <Typography.Text type="secondary">{t(`filings:items.${i.item}`)}：</Typography.Text>
                    {i.reason}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
