import { Link } from 'react-router';
import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicySearchHit } from '@youyu/contracts';
import { HighlightedText } from './highlighted-text.tsx';
import { issuedInColor, useIssuedIn } from './policy-labels.ts';

/** One search result: the title and a passage with the query's words marked, who issued it, when. */
export function PolicyHitCard({ hit, href }: { hit: PolicySearchHit; href: string }) {
  const { t } = useTranslation();
  const issuedIn = useIssuedIn();
  const facts = [hit.issuer, hit.documentNumber, hit.issuedOn].filter(Boolean).join(' · ');
  return (
    <Link to={href} style={{ display: 'block' }} aria-label={hit.title}>
      <Card hoverable style={{ borderRadius: 12 }} styles={{ body: { padding: 16 } }}>
        <Flex vertical gap={8}>
          <Typography.Title level={5} style={{ margin: 0, lineHeight: 1.5, fontWeight: 600 }}>
            <HighlightedText segments={hit.titleSegments} />
          </Typography.Title>
          <Flex gap={6} wrap align="center">
            <Tag color={issuedInColor(hit.jurisdictionCode)} style={{ marginInlineEnd: 0 }}>
              {issuedIn(hit)}
            </Tag>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {facts}
            </Typography.Text>
          </Flex>
          {hit.hasText ? (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }} style={{ margin: 0, fontSize: 14, lineHeight: 1.75, color: '#4a5568' }}>
              <HighlightedText segments={hit.snippet} />
            </Typography.Paragraph>
          ) : (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('policyLibrary:document.referenceOnlyShort')}
            </Typography.Text>
          )}
          {hit.tags.length > 0 ? (
            <Flex gap={4} wrap>
              {hit.tags.map((tag) => (
                <Tag key={tag} bordered={false} style={{ marginInlineEnd: 0 }}>
                  {tag}
                </Tag>
              ))}
            </Flex>
          ) : null}
        </Flex>
      </Card>
    </Link>
  );
}
