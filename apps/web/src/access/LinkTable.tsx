import { Button, Table, Tag } from '@digdir/designsystemet-react'
import { intlLocale } from '@samkart/i18n'
import { useLocale, useT } from '@samkart/i18n/react'
import type { ShareLink } from '../api/linksApi'
import { type LinkStatus, linkStatus } from './linkStatus'

/** Props of {@link LinkTable}. */
export interface LinkTableProps {
  /** Newest first. */
  links: readonly ShareLink[]
  /** The link this tab itself uses, marked so nobody revokes their own access unawares. */
  ownLinkId: string | null
  onCopy: (link: ShareLink) => void
  onRevoke: (link: ShareLink) => void
}

const STATUS_COLOUR: Record<LinkStatus, 'success' | 'neutral' | 'warning'> = {
  active: 'success',
  revoked: 'neutral',
  expired: 'warning',
}

/**
 * The board's links as a table: role, created, expires, status, and for active links «Kopier»
 * and «Trekk tilbake», each named with the link's role and date so a screen reader can tell
 * the rows apart.
 */
export function LinkTable({ links, ownLinkId, onCopy, onRevoke }: LinkTableProps) {
  const t = useT()
  const { locale } = useLocale()
  const now = new Date()
  const format = new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
  const day = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium' })
  const date = (iso: string) => {
    const d = new Date(iso)
    return Number.isNaN(d.getTime()) ? iso : format.format(d)
  }
  // Links made here end at the local midnight after their last day: say that day.
  const expiry = (iso: string) => {
    const d = new Date(iso)
    if (Number.isNaN(d.getTime()) || d.getHours() + d.getMinutes() + d.getSeconds() > 0)
      return date(iso)
    return t('access.share.through', { date: day.format(new Date(d.getTime() - 1)) })
  }

  return (
    <Table data-size="sm" className="share-links">
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('access.share.col.role')}</Table.HeaderCell>
          <Table.HeaderCell>{t('access.share.col.created')}</Table.HeaderCell>
          <Table.HeaderCell>{t('access.share.col.expires')}</Table.HeaderCell>
          <Table.HeaderCell>{t('access.share.col.status')}</Table.HeaderCell>
          <Table.HeaderCell>{t('access.share.col.actions')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {links.map((link) => {
          const status = linkStatus(link, now)
          const role = t(`access.role.${link.role}`)
          const names = { role, date: date(link.createdAt) }
          return (
            <Table.Row key={link.id}>
              <Table.HeaderCell scope="row">
                {role}
                {link.id === ownLinkId && (
                  <span className="share-links__own"> ({t('access.share.yours')})</span>
                )}
              </Table.HeaderCell>
              <Table.Cell>{date(link.createdAt)}</Table.Cell>
              <Table.Cell>
                {link.expiresAt ? expiry(link.expiresAt) : t('access.share.never')}
              </Table.Cell>
              <Table.Cell>
                <Tag data-size="sm" data-color={STATUS_COLOUR[status]}>
                  {t(`access.share.status.${status}`)}
                </Tag>
              </Table.Cell>
              <Table.Cell>
                {status === 'active' && link.token && (
                  <span className="share-links__actions">
                    <Button
                      data-size="sm"
                      variant="secondary"
                      aria-label={t('access.share.copy.label', names)}
                      data-copy-link={link.id}
                      onClick={() => onCopy(link)}
                    >
                      {t('access.share.copy')}
                    </Button>
                    <Button
                      data-size="sm"
                      variant="tertiary"
                      data-color="danger"
                      aria-label={t('access.share.revoke.label', names)}
                      onClick={() => onRevoke(link)}
                    >
                      {t('access.share.revoke')}
                    </Button>
                  </span>
                )}
              </Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}
