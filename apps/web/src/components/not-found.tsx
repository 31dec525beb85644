import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** 404 inside any layout: the public site or a portal's content area. */
export function NotFoundContent({ homePath = '/' }: { homePath?: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('common:notFound.title')}
      subTitle={t('common:notFound.description')}
      extra={
        <Link to={homePath}>
          <Button type="primary">{t('common:actions.backHome')}</Button>
        </Link>
      }
    />
  );
}
