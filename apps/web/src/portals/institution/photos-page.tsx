import { App, Button, Card, Empty, Flex, Image, Popconfirm, Result, Skeleton, Typography, Upload } from 'antd';
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PHOTOS_PER_INSTITUTION_MAX } from '@youyu/contracts';
import { ErrorState } from '../../components/error-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useErrorText } from '../../components/error-text.ts';
import { useSignedInMe } from '../../features/accounts/session.ts';
import { useDeletePhoto, useInstitutionPhotos, useUploadPhoto } from '../../features/register/photos-api.ts';

/** The photos families see on the institution's public page: the director uploads and removes them. */
export function InstitutionPhotosPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  if (!me.institutionId) return <Result status="info" title={t('portals:institution.noInstitution.title')} subTitle={t('portals:institution.noInstitution.description')} />;
  return (
    <>
      <PageHeader
        title={t('register:photos.title')}
        description={t('register:photos.description', { max: PHOTOS_PER_INSTITUTION_MAX })}
        extra={<Link to={`/institutions/${me.institutionId}`}>{t('register:photos.viewPublic')}</Link>}
      />
      <Photos institutionId={me.institutionId} />
    </>
  );
}

function Photos({ institutionId }: { institutionId: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const photos = useInstitutionPhotos(institutionId);
  const upload = useUploadPhoto(institutionId);
  const remove = useDeletePhoto(institutionId);
  if (photos.isPending) return <Card><Skeleton active /></Card>;
  if (photos.isError) return <ErrorState error={photos.error} onRetry={() => void photos.refetch()} />;
  const isFull = photos.data.length >= PHOTOS_PER_INSTITUTION_MAX;
  return (
    <Card
      title={t('register:photos.count', { count: photos.data.length, max: PHOTOS_PER_INSTITUTION_MAX })}
      extra={
        <Upload
          accept="image/jpeg,image/png"
          showUploadList={false}
          disabled={isFull}
          customRequest={({ file, onSuccess, onError }) => {
            upload.mutate(
              { file: file as File, language: i18n.language },
              {
                onSuccess: (photo) => {
                  onSuccess?.(photo);
                  void message.success(t('register:photos.uploaded'));
                },
                onError: (error) => {
                  onError?.(error);
                  void message.error(errorText(error));
                },
              },
            );
          }}
        >
          <Button type="primary" icon={<UploadOutlined />} loading={upload.isPending} disabled={isFull} data-testid="photo-upload">
            {t('register:photos.upload')}
          </Button>
        </Upload>
      }
    >
      {photos.data.length === 0 ? (
        <Empty description={t('register:photos.empty')} />
      ) : (
        <Image.PreviewGroup>
          <Flex gap={12} wrap>
            {photos.data.map((photo, n) => (
              <Flex key={photo.id} vertical gap={6} align="center">
                <Image src={photo.url} width={180} height={135} style={{ objectFit: 'cover', borderRadius: 8 }} alt={t('register:photos.alt', { n: n + 1 })} />
                <Popconfirm title={t('register:photos.confirmDelete')} onConfirm={() => remove.mutate(photo.id, { onError: (error) => void message.error(errorText(error)) })}>
                  <Button size="small" danger icon={<DeleteOutlined />}>
                    {t('register:photos.delete')}
                  </Button>
                </Popconfirm>
              </Flex>
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
      <Typography.Paragraph type="secondary" style={{ margin: '16px 0 0', fontSize: 12 }}>
        {t('register:photos.hint')}
      </Typography.Paragraph>
    </Card>
  );
}
