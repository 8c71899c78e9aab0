import type { Messages } from './nb'

/**
 * English. Typed as {@link Messages}, so a key missing here or one that nb does not have is a
 * compile error; `messages.test.ts` also checks that the placeholders match.
 */
export const en: Messages = {
  'app.name': 'Samkart',
  'app.tagline': 'Collaborate on actor maps and service journeys',
  'app.skipToContent': 'Skip to main content',
  'app.loading': 'Loading …',

  'language.label': 'Language',
  'language.nb': 'Norsk bokmål',
  'language.en': 'English',
  'language.switchTo': 'Change language to {language}',

  'start.title': 'Boards',
  'start.intro':
    'Create a board for the workshop and share the link with the other participants. Everyone with the link can edit at the same time.',
  'start.create.heading': 'New board',
  'start.create.titleLabel': 'Board name',
  'start.create.titleDescription': 'For example “Seriously ill child – actor map”.',
  'start.create.submit': 'Create board',
  'start.create.creating': 'Creating board …',
  'start.list.heading': 'Existing boards',
  'start.list.empty': 'There are no boards yet. Create the first one above.',
  'start.list.loading': 'Fetching boards …',
  'start.list.error': 'Could not fetch the boards. Try reloading the page.',
  'start.list.createdAt': 'Created {date}',
  'start.error.network': 'Could not reach the server. Check the network and try again.',

  'board.documentTitle': '{title} – Samkart',
  'board.untitled': 'Untitled board',
  'board.back': 'All boards',
  'board.connecting': 'Connecting to the board …',
  'board.notFound.heading': 'Board not found',
  'board.notFound.body':
    'The board does not exist, or the link is wrong. Check the link, or go to the list of boards.',
  'board.notFound.link': 'Go to all boards',
  'board.offlineNotice':
    'You are offline. Your changes are kept in the browser and sent when the connection is back.',

  'status.label': 'Connection',
  'status.connecting': 'Connecting …',
  'status.live': 'Live',
  'status.offline': 'Offline',
  'status.not-found': 'Not found',

  'page.notFound.heading': 'Page not found',
  'page.notFound.body': 'We could not find the page you were looking for.',

  'matrix.label': 'Actor map: importance and substitutability',
  'matrix.heading': 'Actor map',
  'matrix.description':
    'Place the actors by how important they are to the work and how easily they can be replaced. The category follows from the position.',
  'matrix.axis.importance': 'Importance',
  'matrix.axis.substitutability': 'Substitutability',
  'matrix.axis.high': 'High',
  'matrix.axis.low': 'Low',
  'matrix.keyboardHelp':
    'Press Enter to rename. Use the arrow keys to move the card, with Shift for larger steps. Press Delete to delete.',
  'matrix.moved':
    '{name} moved: {category}. Importance {importance} %, substitutability {substitutability} %.',
  'matrix.controls': 'View',
  'matrix.zoomIn': 'Zoom in',
  'matrix.zoomOut': 'Zoom out',
  'matrix.fitView': 'Show the whole map',

  'category.viktig': 'Important',
  'category.moderat': 'Moderate',
  'category.lav': 'Low',

  'actor.roleDescription': 'actor card',
  'actor.add': 'Add actor',
  'actor.add.heading': 'New actor',
  'actor.add.description':
    'The card is placed near the middle of the map. Drag it to where the actor belongs.',
  'actor.add.submit': 'Add',
  'actor.name': 'Name',
  'actor.rename': 'Rename',
  'actor.rename.heading': 'Rename {name}',
  'actor.rename.submit': 'Save',
  'actor.delete': 'Delete actor',
  'actor.deleted': '{name} was deleted.',
  'actor.cancel': 'Cancel',
  'actor.closeDialog': 'Close dialog',
  'actor.percent': '{value}%',
  'actor.category': 'Category',

  'panel.heading': 'Actors',
  'panel.count': '{count} actors',
  'panel.selected': 'Selected actor',
  'panel.noSelection': 'Select a card to see its details.',
  'panel.empty': 'No actors yet. Add the first one with “Add actor”.',

  'error.generic': 'Something went wrong. Please try again.',
  'error.required': '{field} is required.',
  'error.too_long': '{field} cannot be longer than {max} characters.',
  'error.out_of_range': '{field} must be between {min} and {max}.',
  'error.not_integer': '{field} must be a whole number.',
  'error.invalid_type': '{field} has an invalid value.',
  'error.invalid_enum': '{field} must be one of: {allowed}.',
  'error.invalid_org_number': 'The organisation number must have 9 digits and a valid check digit.',
  'error.duplicate_org_number': 'The organisation number is already used by {name}.',
  'error.unknown_field': 'The field {field} does not exist.',
  'error.not_found': 'No longer exists. Perhaps someone else deleted it?',
  'error.missing_reference': 'Refers to something that no longer exists.',
  'error.self_reference': 'An actor cannot have a relation to itself.',
  'error.too_many': '{field} cannot have more than {max} items.',
  'error.actor.name.required': 'Enter the name of the actor.',
  'error.board.title.required': 'Enter a name for the board.',

  'field.generic': 'The field',
  'field.actor.name': 'The name',
  'field.actor.shortName': 'The short name',
  'field.actor.notes': 'The note',
  'field.actor.importance': 'The importance',
  'field.actor.substitutability': 'The substitutability',
  'field.board.title': 'The board name',
}
