import type { CSSProperties } from 'react';
import { Alert, Descriptions, Flex, Grid, Tag, Typography } from 'antd';
import { LinkOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PublicPolicyDocument } from '@youyu/contracts';
import { distinctiveWords, HighlightedText, markWords } from './highlighted-text.tsx';
import { issuedInColor, useIssuedIn } from './policy-labels.ts';

/** 一、 and （一） open the sections of a Chinese official document: shown as headings, not indented. */
const sectionHeading = /^[一二三四五六七八九十]+、/;
const subsectionHeading = /^[（(][一二三四五六七八九十]+[)）]/;
/** The issuing date under the signature: 2023年3月25日. */
const signatureDate = /^\d{4}年\d{1,2}月\d{1,2}日$/;
/** Body text ends a sentence or a clause; a short line that does not is a number, an addressee or a signature. */
const endsSentence = /[。；;！!？?）)]$/;

type Layout = 'section' | 'subsection' | 'signature' | 'plain' | 'body';

function layoutOf(text: string, next: string | undefined): Layout {
  if (sectionHeading.test(text)) return 'section';
  if (subsectionHeading.test(text) && text.length < 40) return 'subsection';
  if (signatureDate.test(text) || (next !== undefined && signatureDate.test(next) && text.length < 30)) return 'signature';
  if (text.length < 40 && !endsSentence.test(text)) return 'plain';
  return 'body';
}

const paragraphStyles: Record<Exclude<Layout, 'section'>, CSSProperties> = {
  subsection: { fontWeight: 600 },
  signature: { textAlign: 'right' },
  plain: {},
  body: { textIndent: '2em' },
};

function Paragraph({ text, next, words }: { text: string; next: string | undefined; words: readonly string[] }) {
  const content = <HighlightedText segments={markWords(text, words)} />;
  const layout = layoutOf(text, next);
  if (layout === 'section') {
    return <h3 style={{ fontSize: '1.08em', fontWeight: 700, margin: '1.6em 0 0.6em', lineHeight: 1.6 }}>{content}</h3>;
  }
  return <p style={{ margin: '0 0 0.9em', ...paragraphStyles[layout] }}>{content}</p>;
}

/**
 * A policy document to read: its facts, then the text in a measure and size that suit long
 * Chinese prose on a phone and on a desktop. `words` (from the search) are marked.
 */
export function PolicyDocumentView({ doc, words = [] }: { doc: PublicPolicyDocument; words?: readonly string[] }) {
  const { t } = useTranslation();
  const issuedIn = useIssuedIn();
  const isPhone = Grid.useBreakpoint().md === false;
  const paragraphs = doc.body.split(/\n+/).map((p) => p.trim()).filter(Boolean);
  const marked = distinctiveWords(doc.body, words);
  return (
    <article>
      <Flex vertical gap={12}>
        <Tag color={issuedInColor(doc.jurisdictionCode)} style={{ alignSelf: 'flex-start', marginInlineEnd: 0 }}>
          {issuedIn(doc)}
        </Tag>
        <Typography.Title level={isPhone ? 4 : 3} style={{ margin: 0, lineHeight: 1.5 }}>
          {doc.title}
        </Typography.Title>
        <Descriptions
          size="small"
          column={isPhone ? 1 : 2}
          colon={false}
          styles={{ label: { color: '#6b7a90', width: isPhone ? 76 : 88 } }}
          items={[
            { key: 'issuer', label: t('policyLibrary:fields.issuer'), children: doc.issuer },
            { key: 'number', label: t('policyLibrary:fields.documentNumber'), children: doc.documentNumber ?? <Typography.Text type="secondary">{t('policyLibrary:document.noNumber')}</Typography.Text> },
            { key: 'date', label: t('policyLibrary:fields.issuedOn'), children: doc.issuedOn ?? <Typography.Text type="secondary">{t('policyLibrary:document.dateUnknown')}</Typography.Text> },
            ...(doc.tags.length > 0 ? [{ key: 'tags', label: t('policyLibrary:fields.tags'), children: <Flex gap={4} wrap>{doc.tags.map((tag) => <Tag key={tag} bordered={false} style={{ marginInlineEnd: 0 }}>{tag}</Tag>)}</Flex> }] : []),
            ...(doc.source ? [{ key: 'source', label: t('policyLibrary:fields.source'), children: doc.source, span: isPhone ? 1 : 2 }] : []),
            ...(doc.sourceUrl
              ? [{ key: 'url', label: t('policyLibrary:fields.sourceUrl'), children: <Typography.Link href={doc.sourceUrl} target="_blank" rel="noopener noreferrer"><LinkOutlined /> {t('policyLibrary:document.openSource')}</Typography.Link>, span: isPhone ? 1 : 2 }]
              : []),
          ]}
        />
      </Flex>
      <div style={{ borderTop: '1px solid #e8edf5', margin: '16px 0 20px' }} />
      {paragraphs.length > 0 ? (
        <div lang="zh-CN" style={{ fontSize: isPhone ? 16 : 17, lineHeight: 1.9, color: '#1f2937', letterSpacing: '0.02em', textAlign: 'justify', overflowWrap: 'anywhere' }}>
          {paragraphs.map((text, i) => (
            <Paragraph key={i} text={text} next={paragraphs[i + 1]} words={marked} />
          ))}
        </div>
      ) : (
        <Alert type="info" showIcon message={t('policyLibrary:document.referenceOnly')} description={t('policyLibrary:document.referenceOnlyNotice')} />
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 24 }}>
        {t('policyLibrary:document.disclaimer')}
      </Typography.Paragraph>
    </article>
  );
}
