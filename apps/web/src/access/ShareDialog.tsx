import { Button, Heading, Paragraph, Spinner, Textfield } from '@digdir/designsystemet-react'
import { ConfirmDialog, HeadedDialog } from '@samkart/canvas'
import { useT } from '@samkart/i18n/react'
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { type BoardLinks, type ShareLink, createLink, listLinks, revokeLink } from '../api/linksApi'
import { apiErrorText } from './apiErrorText'
import { copyText } from './copyText'
import { CreateLinkForm } from './CreateLinkForm'
import { LinkTable } from './LinkTable'
import type { Role } from './roles'
import { readTokenClaims } from './tokenClaims'
import { shareUrl } from './tokenFragment'
import './access.css'

/** Props of {@link ShareDialog}. */
export interface ShareDialogProps {
  open: boolean
  onClose: () => void
  boardId: string
  /** The facilitator's own token, which authorises managing the links. */
  token: string | null
}

type Links =
  { state: 'loading' } | { state: 'failed'; error: string } | ({ state: 'ready' } & BoardLinks)

/**
 * «Del tavla», for facilitators: create a link for a role with an optional last day, copy any
 * active link, and revoke links (after a confirmation naming what happens to those using it).
 * It also says who may make a copy of the board (the server's `SAMKART_DUPLICATE`), since a
 * copy takes all the content along. The list is fetched each time the dialog opens, so it
 * shows what others did meanwhile.
 */
export function ShareDialog({ open, onClose, boardId, token }: ShareDialogProps) {
  const t = useT()
  const linksHeadingId = useId()
  const [links, setLinks] = useState<Links>({ state: 'loading' })
  const [message, setMessage] = useState('')
  const [manualCopy, setManualCopy] = useState<{ role: Role; url: string } | null>(null)
  const [revoking, setRevoking] = useState<ShareLink | null>(null)
  // The link just created: its «Kopier» gets focus once its row is drawn.
  const created = useRef<string | null>(null)
  const manualField = useRef<HTMLInputElement>(null)
  const ownLinkId = (token && readTokenClaims(token)?.linkId) || null

  const load = useCallback(async () => {
    setLinks({ state: 'loading' })
    const result = await listLinks(boardId, token)
    setLinks(
      result.ok
        ? { state: 'ready', ...result.value, links: [...result.value.links].reverse() }
        : { state: 'failed', error: apiErrorText(t, result.error) },
    )
  }, [boardId, token, t])

  useEffect(() => {
    if (!open) return
    setMessage('')
    setManualCopy(null)
    void load()
  }, [open, load])

  useEffect(() => {
    if (manualCopy) manualField.current?.select()
  }, [manualCopy])

  // The next thing a facilitator does with a new link is copy it.
  useEffect(() => {
    if (!created.current) return
    document
      .querySelector<HTMLElement>(`[data-copy-link="${CSS.escape(created.current)}"]`)
      ?.focus()
    created.current = null
  }, [links])

  const create = async (role: Role, expiresAt: string | null) => {
    const result = await createLink(boardId, token, role, expiresAt)
    if (!result.ok) return apiErrorText(t, result.error, { entity: 'link', field: 'expiresAt' })
    const link = result.value
    created.current = link.id
    setLinks((prev) =>
      prev.state === 'ready'
        ? { ...prev, links: [link, ...prev.links] }
        : { state: 'ready', links: [link], duplicate: 'facilitator' },
    )
    setMessage(t('access.share.created', { role: t(`access.role.${role}`) }))
    return null
  }

  const copy = async (link: ShareLink) => {
    if (!link.token) return
    const url = shareUrl(window.location.origin, boardId, link.token)
    if (await copyText(url)) {
      setManualCopy(null)
      setMessage(t('access.share.copied'))
    } else {
      setManualCopy({ role: link.role, url })
      setMessage(t('access.share.copyFailed'))
    }
  }

  const revoke = async () => {
    const link = revoking
    setRevoking(null)
    if (!link) return
    const result = await revokeLink(boardId, token, link.id)
    if (!result.ok) return setMessage(apiErrorText(t, result.error))
    const revokedAt = new Date().toISOString()
    setLinks((prev) =>
      prev.state === 'ready'
        ? {
            ...prev,
            links: prev.links.map((l) => (l.id === link.id ? { ...l, revokedAt, token: null } : l)),
          }
        : prev,
    )
    setMessage(t('access.share.revoked', { role: t(`access.role.${link.role}`) }))
  }

  return (
    <HeadedDialog
      open={open}
      onClose={onClose}
      closeLabel={t('access.share.close')}
      heading={t('access.share.heading')}
    >
      <div className="share-dialog">
        <Paragraph data-size="sm">{t('access.share.intro')}</Paragraph>
        {links.state === 'ready' && (
          <Paragraph data-size="sm">{t(`access.share.duplicate.${links.duplicate}`)}</Paragraph>
        )}
        <CreateLinkForm onCreate={create} />
        <section aria-labelledby={linksHeadingId} className="share-dialog__links">
          <Heading id={linksHeadingId} level={3} data-size="2xs">
            {t('access.share.links.heading')}
          </Heading>
          {/* Announced without moving focus: created, copied, revoked, or why not. */}
          <p className="share-dialog__message" aria-live="polite">
            {message}
          </p>
          {manualCopy && (
            <Textfield
              ref={manualField}
              data-size="sm"
              label={t('access.share.copyField', { role: t(`access.role.${manualCopy.role}`) })}
              value={manualCopy.url}
              readOnly
            />
          )}
          {links.state === 'loading' ? (
            <div className="share-dialog__loading">
              <Spinner aria-hidden="true" data-size="sm" />
              <Paragraph data-size="sm">{t('access.share.links.loading')}</Paragraph>
            </div>
          ) : links.state === 'failed' ? (
            <div className="share-dialog__failed">
              <Paragraph data-size="sm">{links.error}</Paragraph>
              <Button data-size="sm" variant="secondary" onClick={() => void load()}>
                {t('access.share.retry')}
              </Button>
            </div>
          ) : links.links.length === 0 ? (
            <Paragraph data-size="sm">{t('access.share.links.empty')}</Paragraph>
          ) : (
            <LinkTable
              links={links.links}
              ownLinkId={ownLinkId}
              onCopy={(link) => void copy(link)}
              onRevoke={setRevoking}
            />
          )}
        </section>
      </div>
      <ConfirmDialog
        open={revoking !== null}
        heading={t('access.share.revoke.heading')}
        confirmLabel={t('access.share.revoke.confirm')}
        onConfirm={() => void revoke()}
        onClose={() => setRevoking(null)}
      >
        {revoking && (
          <Paragraph data-size="sm">
            {t('access.share.revoke.body', { role: t(`access.role.${revoking.role}`) })}
          </Paragraph>
        )}
        {revoking?.id === ownLinkId && (
          <Paragraph data-size="sm">
            <strong>{t('access.share.revoke.bodyYours')}</strong>
          </Paragraph>
        )}
      </ConfirmDialog>
    </HeadedDialog>
  )
}
