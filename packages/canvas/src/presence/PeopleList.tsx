import { Button, Heading, Paragraph, Popover, Textfield } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { type FormEvent, useMemo, useState } from 'react'
import { avatarLabels } from './avatarLabels'
import { NamePrompt } from './NamePrompt'
import type { CanvasPresence, LocalPresence, PresencePeer } from './canvasPresence'
import { useCanvasCollab } from './CanvasCollabContext'
import { useSubscribable } from './useSubscribable'
import './people.css'

const NO_PEERS: readonly PresencePeer[] = []
const NOBODY: LocalPresence = { clientId: 0, name: '', color: 'transparent', chosen: true }
/** Mirrors collab's NAME_MAX; the store checks it again. */
const NAME_MAX = 40
/** Avatars shown on the button; the list in the popover has everyone. */
const SHOWN_AVATARS = 4

/** Props of {@link PeopleList}. */
export interface PeopleListProps {
  /** Offers «Hent alle hit»: only for facilitators (the server drops anyone else's summon). */
  canSummon?: boolean
  /** Says something to screen readers (the app's live region). */
  announce?: (text: string) => void
}

/**
 * Who is here: a button with their colours and count that opens the list. Each person can be
 * followed (their view becomes yours until you move yourself or press Escape); your own entry
 * sets the name the others see, remembered in this browser. Facilitators can bring everyone to
 * their view.
 */
export function PeopleList({ canSummon = false, announce }: PeopleListProps) {
  const { presence } = useCanvasCollab()
  if (!presence) return null
  return <People presence={presence} canSummon={canSummon} announce={announce} />
}

function People({ presence, canSummon, announce }: { presence: CanvasPresence } & PeopleListProps) {
  const t = useT()
  const self = useSubscribable(presence.self, NOBODY)
  const peers = useSubscribable(presence.peers, NO_PEERS)
  const target = useSubscribable(presence.target, null)
  const following = target?.kind === 'follow' ? target.clientId : null
  const count = peers.length + 1
  const avatars = useMemo(() => avatarLabels([self, ...peers]), [self, peers])

  return (
    <Popover.TriggerContext>
      <NamePrompt presence={presence} />
      <Popover.Trigger variant="tertiary" data-size="sm" className="samkart-people__trigger">
        <span className="samkart-people__avatars" aria-hidden="true">
          {[self, ...peers].slice(0, SHOWN_AVATARS).map((p) => (
            <Avatar key={p.clientId} label={avatars.get(p.clientId)} color={p.color} />
          ))}
        </span>
        {!self.chosen && (
          <span className="samkart-people__hint">{t('presence.people.chooseName')}</span>
        )}
        <span className="samkart-people__count">{t('presence.people.trigger', { count })}</span>
      </Popover.Trigger>
      <Popover placement="bottom" data-size="sm" className="samkart-people">
        <Heading level={2} data-size="2xs">
          {t('presence.people.heading')}
        </Heading>
        <NameForm
          presence={presence}
          self={self}
          avatar={avatars.get(self.clientId)}
          announce={announce}
        />
        {peers.length === 0 ? (
          <Paragraph data-size="sm" className="samkart-people__alone">
            {t('presence.people.alone')}
          </Paragraph>
        ) : (
          <ul className="samkart-people__list" aria-label={t('presence.people.heading')}>
            {peers.map((peer) => {
              const isFollowed = following === peer.clientId
              return (
                <li key={peer.clientId} className="samkart-people__person">
                  <Avatar label={avatars.get(peer.clientId)} color={peer.color} />
                  <span className="samkart-people__name">
                    {peer.name}
                    {peer.viewport && (
                      <span className="samkart-people__where">
                        {t(
                          peer.viewport.view.startsWith('actors:')
                            ? 'presence.people.where.actors'
                            : 'presence.people.where.journey',
                        )}
                      </span>
                    )}
                  </span>
                  <Button
                    data-size="sm"
                    variant={isFollowed ? 'primary' : 'secondary'}
                    aria-pressed={isFollowed}
                    aria-label={t('presence.follow.label', { name: peer.name })}
                    onClick={() =>
                      isFollowed ? presence.stopFollowing() : presence.follow(peer.clientId)
                    }
                  >
                    {t('presence.follow')}
                  </Button>
                </li>
              )
            })}
          </ul>
        )}
        {canSummon && peers.length > 0 && (
          <div className="samkart-people__summon">
            <Button
              data-size="sm"
              variant="secondary"
              aria-describedby="samkart-summon-help"
              onClick={() => {
                if (presence.summon()) announce?.(t('presence.summon.done'))
              }}
            >
              {t('presence.summon')}
            </Button>
            <Paragraph id="samkart-summon-help" data-size="xs">
              {t('presence.summon.help')}
            </Paragraph>
          </div>
        )}
      </Popover>
    </Popover.TriggerContext>
  )
}

/** The participant's own name: shown to everyone, remembered in this browser. */
function NameForm({
  presence,
  self,
  avatar,
  announce,
}: {
  presence: CanvasPresence
  self: LocalPresence
  avatar: string | undefined
  announce?: (text: string) => void
}) {
  const t = useT()
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const value = draft ?? (self.chosen ? self.name : '')

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const problem = presence.setName(value)
    if (problem === 'required') return setError(t('presence.name.required'))
    if (problem === 'too_long') return setError(t('presence.name.tooLong', { max: NAME_MAX }))
    setError(null)
    setDraft(null)
    announce?.(t('presence.name.saved', { name: presence.self.get().name }))
  }

  return (
    <form className="samkart-people__self" onSubmit={submit} noValidate>
      <Avatar label={avatar} color={self.color} />
      <Textfield
        data-size="sm"
        label={t('presence.name.label')}
        description={t('presence.name.description')}
        placeholder={self.chosen ? undefined : self.name}
        value={value}
        onChange={(event) => {
          setDraft(event.target.value)
          setError(null)
        }}
        error={error ?? undefined}
        autoComplete="name"
      />
      <Button type="submit" data-size="sm" variant="secondary">
        {t('presence.name.save')}
      </Button>
    </form>
  )
}

/** A coloured circle with the person's initials, distinct on the board (see avatarLabels). */
function Avatar({ label = '?', color }: { label: string | undefined; color: string }) {
  return (
    <span className="samkart-avatar" style={{ background: color }} aria-hidden="true">
      {label}
    </span>
  )
}
