//! The loyalty groups (membership, bonuses, checkout, promos, referral, stickers,
//! certificates, promo_codes, otp): every operation called with its required arguments and
//! documented setters, and every field of every answer read with its type pinned.
//! Type-checked only: nothing here runs.
#![allow(unused_variables, dead_code)]

use std::collections::BTreeMap;

use personaclick::types::{
    BonusesEventHistoryResponse, BonusesHistoryResponse, CertificatesListResponse, PromoCodesListResponse,
    PromosListResponse, StickersBalanceResponse, StickersHistoryResponse,
    Certificate, CertificateDetails, CertificateDetailsStatus, CertificateListResponse,
    CertificatePool, CertificateResponse, CertificateTransaction, CertificateTransactionsResponse,
    CertificatesListEvent, Gender, LoyaltyBasicBalance, LoyaltyBonusBalance,
    LoyaltyBonusImportEntry, LoyaltyBonusStatus, LoyaltyBonusTransaction, LoyaltyCheckoutCartItem,
    LoyaltyCheckoutDetails, LoyaltyCheckoutDetailsResponse, LoyaltyCheckoutHistory,
    LoyaltyCheckoutHistoryResponse, LoyaltyCheckoutLine, LoyaltyCheckoutOrder,
    LoyaltyCheckoutOrderItem, LoyaltyCheckoutOrderRef, LoyaltyCheckoutOrderResponse,
    LoyaltyCheckoutResult, LoyaltyCheckoutRewardShare, LoyaltyCheckoutSummary, LoyaltyEventBonus,
    LoyaltyJoinPayload, LoyaltyJoinResponse, LoyaltyMemberLevel, LoyaltyMemberStatus,
    LoyaltyMemberStatusResponse, LoyaltyPromo, LoyaltyPromoCartItem, LoyaltyPromosResponse,
    LoyaltyQuitResponse, OtpQrCheckResponse, OtpQrCode, OtpQrGetResponse, OtpSendResponse,
    PromoCodeFetchResponse, PromoCodeList, PromoCodesDeleteResponse, ReferralCode,
    ReferralCodePayload, ReferralCodeResponse, ReferralJoinPayload, ReferralJoinResponse,
    StatusResponse, StickerBalance, StickerHistoryEntry,
};
use personaclick::{Client, Error, Extra, Number, Pii, Response};
use serde_json::Value;

#[path = "../common/readers.rs"]
mod readers;

/// Every operation of the loyalty groups. Server-to-server calls name the member by a
/// required `identifier` argument (phone, email or loyalty id).
async fn calls(client: &personaclick::ServerClient) -> Result<(), Error> {
    let client: personaclick::ServerClient = Client::builder("SHOP_ID")
        .shop_secret("SHOP_SECRET")
        .build()?;

    // membership
    let joined: LoyaltyJoinResponse = client
        .membership()
        .join("4400114527199")
        .email("john.doe@examplemail.com")
        .first_name("John")
        .last_name("Doe")
        .gender(Gender::M)
        .birthday("1990-03-11")
        .send()
        .await?;
    read_loyalty_join_response(&joined);
    let extra: &Extra = &joined.extra;
    let quit: LoyaltyQuitResponse = client.membership().quit("4400114527199").send().await?;
    read_loyalty_quit_response(&quit);
    let status: LoyaltyMemberStatusResponse = client
        .membership()
        .status("john.doe@examplemail.com")
        .send()
        .await?;
    read_loyalty_member_status_response(&status);

    // bonuses
    let balance: LoyaltyBonusBalance = client
        .bonuses()
        .balance("4400114527199")
        .expire_in("30")
        .send()
        .await?;
    read_loyalty_bonus_balance(&balance);
    #[allow(deprecated)]
    let basic: LoyaltyBasicBalance = client
        .bonuses()
        .basic_balance()
        .email("john.doe@examplemail.com")
        .phone("4400114527199")
        .expire_in("30")
        .order_total(1500.0)
        .send()
        .await?;
    read_loyalty_basic_balance(&basic);
    let cancelled: StatusResponse = client
        .bonuses()
        .cancel("4400114527199", 12345)
        .send()
        .await?;
    readers::read_status_response(&cancelled);
    let event_bonuses_answer: BonusesEventHistoryResponse = client
        .bonuses()
        .event_history("4400114527199")
        .offset(0)
        .limit(50)
        .send()
        .await?;
    let event_bonuses: Vec<LoyaltyEventBonus> = match event_bonuses_answer {
        BonusesEventHistoryResponse::List(items) => items,
        BonusesEventHistoryResponse::LoyaltyEventBonusHistoryEnvelope(e) => e.payload.and_then(|p| p.transactions).unwrap_or_default(),
        _ => Vec::new(),
    };
    for bonus in &event_bonuses {
        read_loyalty_event_bonus(bonus);
    }
    // Paged: items() streams LoyaltyEventBonus values (not consumed here: no StreamExt).
    let stream = client.bonuses().event_history("4400114527199").items();
    let history_answer: BonusesHistoryResponse = client
        .bonuses()
        .history("4400114527199")
        .offset(0)
        .limit(50)
        .status(LoyaltyBonusStatus::Confirmed)
        .activation_date_from("2024-01-01")
        .activation_date_to("2024-12-31")
        .expiration_date_from("2024-01-01")
        .expiration_date_to("2025-12-31")
        .created_date_from("2024-01-01")
        .created_date_to("2024-12-31")
        .send()
        .await?;
    let history: Vec<LoyaltyBonusTransaction> = match history_answer {
        BonusesHistoryResponse::List(items) => items,
        BonusesHistoryResponse::LoyaltyBonusHistoryEnvelope(e) => e.payload.and_then(|p| p.transactions).unwrap_or_default(),
        _ => Vec::new(),
    };
    for transaction in &history {
        read_loyalty_bonus_transaction(transaction);
    }
    let stream = client
        .bonuses()
        .history("4400114527199")
        .status("spent")
        .items();
    let mut entry: LoyaltyBonusImportEntry = LoyaltyBonusImportEntry::new();
    entry.phone = Some(Pii::new("4400114527199".to_string()));
    entry.total_balance = Some(Number::from(1500));
    entry.bonus_status = Some("active".to_string());
    entry.amount_changed = Some("500".to_string());
    let imported: () = client.bonuses().import([entry.clone()]).send().await?;
    let answers: Vec<Response<()>> = client
        .bonuses()
        .import(vec![entry; 2])
        .send_batched()
        .await?;
    let rewarded: personaclick::types::LoyaltyEventBonusResponse = client
        .bonuses()
        .reward("4400114527199", "birthday", 500)
        .expire_in(30)
        .send()
        .await?;

    // checkout
    let mut cart_item: LoyaltyCheckoutCartItem = LoyaltyCheckoutCartItem::new("100500", 1500, 2);
    cart_item.discountable = Some(true);
    cart_item.bonusable = Some(true);
    cart_item.rewardable = Some(false);
    let estimate: LoyaltyCheckoutResult = client
        .checkout()
        .estimate("4400114527199", [cart_item.clone()])
        .payment_type("card")
        .promo_codes(["PROMO1"])
        .certificates(["CERT1"])
        .charge_bonuses(true)
        .bonuses_amount(300)
        .stream("web")
        .current_time("2024-05-01T10:00:00Z")
        .send()
        .await?;
    read_loyalty_checkout_result(&estimate);
    let applied: LoyaltyCheckoutResult = client
        .checkout()
        .apply("ORDER_1", "4400114527199", vec![cart_item.clone()])
        .payment_type("cash")
        .promo_codes(vec!["PROMO1".to_string()])
        .charge_bonuses(false)
        .send()
        .await?;
    let changed: LoyaltyCheckoutResult = client
        .checkout()
        .change("ORDER_1", [cart_item])
        .send()
        .await?;
    let confirmed: LoyaltyCheckoutOrderResponse =
        client.checkout().confirm("ORDER_1").send().await?;
    read_loyalty_checkout_order_response(&confirmed);
    let cancelled: LoyaltyCheckoutOrderResponse =
        client.checkout().cancel("ORDER_1").send().await?;
    let details: LoyaltyCheckoutDetailsResponse =
        client.checkout().details("ORDER_1").send().await?;
    read_loyalty_checkout_details_response(&details);
    let checkout_history: LoyaltyCheckoutHistoryResponse =
        client.checkout().history("4400114527199").send().await?;
    read_loyalty_checkout_history_response(&checkout_history);

    // promos
    let promo_item: LoyaltyPromoCartItem = LoyaltyPromoCartItem::new("100500", 1500, 1);
    let promos: LoyaltyPromosResponse = client
        .promos()
        .cart([promo_item.clone()])
        .identifier("4400114527199")
        .payment_type("card")
        .promo_code("PROMO1")
        .promo_codes(["PROMO2"])
        .location_id("LOCATION_1")
        .charge_bonuses(true)
        .subscription("monthly")
        .send()
        .await?;
    read_loyalty_promos_response(&promos);
    let promos: LoyaltyPromosResponse = client
        .promos()
        .for_client()
        .did("d")
        .sid("s")
        .external_id("EXT_1")
        .email("john.doe@examplemail.com")
        .phone("4400114527199")
        .loyalty_id("000001234567")
        .telegram_id("0125762968357835")
        .stream("web")
        .location_id("LOCATION_1")
        .cart_items([promo_item])
        .promo_codes(["PROMO1"])
        .charge_bonuses(false)
        .subscription("monthly")
        .send()
        .await?;
    let promos_answer: PromosListResponse = client.promos().list().stream("web").send().await?;
    let PromosListResponse::LoyaltyPromosResponse(promos) = promos_answer else { return Ok(()) };

    // referral: join takes the referral program id, a number.
    let code: ReferralCodeResponse = client.referral().code("4400114527199").send().await?;
    read_referral_code_response(&code);
    let joined: ReferralJoinResponse = client.referral().join("4400114527199", 7).send().await?;
    read_referral_join_response(&joined);

    // stickers
    let stickers_answer: StickersBalanceResponse = client.stickers().balance("4400114527199").send().await?;
    let stickers: Vec<StickerBalance> = match stickers_answer {
        StickersBalanceResponse::List(items) => items,
        StickersBalanceResponse::StickerBalanceEnvelope(e) => e.payload.and_then(|p| p.stickers).unwrap_or_default(),
        _ => Vec::new(),
    };
    for sticker in &stickers {
        read_sticker_balance(sticker);
    }
    let sticker_history_answer: StickersHistoryResponse = client
        .stickers()
        .history("4400114527199")
        .offset(0)
        .limit(20)
        .send()
        .await?;
    let sticker_history: Vec<StickerHistoryEntry> = match sticker_history_answer {
        StickersHistoryResponse::List(items) => items,
        StickersHistoryResponse::StickerHistoryEnvelope(e) => e.payload.and_then(|p| p.transactions).unwrap_or_default(),
        _ => Vec::new(),
    };
    for entry in &sticker_history {
        read_sticker_history_entry(entry);
    }
    let stream = client.stickers().history("4400114527199").items();

    // certificates
    let activated: CertificateResponse = client
        .certificates()
        .activate("CERT-0001")
        .owner_identifier("4400114527199")
        .owner_name("John Doe")
        .nominal(5000)
        .send()
        .await?;
    read_certificate_response(&activated);
    let certificate: CertificateResponse =
        client.certificates().balance("CERT-0001").send().await?;
    let blocked: StatusResponse = client.certificates().block("CERT-0001").send().await?;
    let unblocked: StatusResponse = client.certificates().unblock("CERT-0001").send().await?;
    let deactivated: StatusResponse = client.certificates().deactivate("CERT-0001").send().await?;
    let owned: CertificateListResponse = client
        .certificates()
        .by_user("4400114527199")
        .send()
        .await?;
    read_certificate_list_response(&owned);
    let created: CertificateResponse = client
        .certificates()
        .create("4400114527199", "CERT-0002")
        .nominal(1000)
        .send()
        .await?;
    // list: the pool code, the event and the date range are all required.
    let listed_answer: CertificatesListResponse = client
        .certificates()
        .list(
            "POOL_CODE",
            CertificatesListEvent::Activated,
            "2024-01-01",
            "2024-01-31",
        )
        .send()
        .await?;
    let CertificatesListResponse::CertificateListResponse(listed) = listed_answer else { return Ok(()) };
    let listed_again: CertificatesListResponse = client
        .certificates()
        .list("POOL_CODE", "created", "2024-01-01", "2024-01-31")
        .send()
        .await?;
    let _ = (&listed, &listed_again);
    let transactions: CertificateTransactionsResponse = client
        .certificates()
        .transactions("CERT-0001")
        .send()
        .await?;
    read_certificate_transactions_response(&transactions);

    // promo codes
    let deleted: PromoCodesDeleteResponse = client
        .promo_codes()
        .delete(3, ["CODE1", "CODE2"])
        .send()
        .await?;
    read_promo_codes_delete_response(&deleted);
    let fetched: PromoCodeFetchResponse = client
        .visitor("D1", "S1")
        .promo_codes()
        .fetch(3)
        .did("d")
        .sid("s")
        .send()
        .await?;
    read_promo_code_fetch_response(&fetched);
    let lists_answer: PromoCodesListResponse = client
        .promo_codes()
        .list()
        .active(1)
        .exclude([1_i64, 2])
        .include([3_i64])
        .offset(0)
        .limit(20)
        .send()
        .await?;
    let lists: Vec<PromoCodeList> = match lists_answer {
        PromoCodesListResponse::List(items) => items,
        PromoCodesListResponse::PromoCodeListEnvelope(e) => e.payload.unwrap_or_default(),
        _ => Vec::new(),
    };
    for list in &lists {
        read_promo_code_list(list);
    }
    let stream = client.promo_codes().list().active(1).items();
    let purged: () = client.promo_codes().purge(3).send().await?;
    let uploaded: () = client
        .promo_codes()
        .upload("3", vec!["CODE3".to_string(), "CODE4".to_string()])
        .send()
        .await?;

    // otp
    let sent: OtpSendResponse = client.otp().send_code("4400114527199", "login").send().await?;
    read_otp_send_response(&sent);
    let checked: personaclick::types::OtpCheckResponse = client
        .otp()
        .check("4400114527199", "login", "123456")
        .send()
        .await?;
    let qr: OtpQrGetResponse = client.otp().qr_get("4400114527199").send().await?;
    read_otp_qr_get_response(&qr);
    let qr_checked: OtpQrCheckResponse = client.otp().qr_check("QR_CODE").send().await?;
    read_otp_qr_check_response(&qr_checked);
    Ok(())
}

// The answers, one reader per model: every field bound with its type, nested models and
// enums through their own readers.

/// Every field of `LoyaltyJoinResponse`.
fn read_loyalty_join_response(x: &LoyaltyJoinResponse) {
    let success: &Option<bool> = &x.success;
    let payload: &Option<LoyaltyJoinPayload> = &x.payload;
    if let Some(value) = payload {
        read_loyalty_join_payload(value);
    }
}

/// Every field of `LoyaltyQuitResponse`.
fn read_loyalty_quit_response(x: &LoyaltyQuitResponse) {
    let success: &Option<bool> = &x.success;
    let payload: &Option<Value> = &x.payload;
}

/// Every field of `LoyaltyMemberStatusResponse`.
fn read_loyalty_member_status_response(x: &LoyaltyMemberStatusResponse) {
    let success: &Option<bool> = &x.success;
    let payload: &Option<LoyaltyMemberStatus> = &x.payload;
    if let Some(value) = payload {
        read_loyalty_member_status(value);
    }
}

/// Every field of `LoyaltyBonusBalance`.
fn read_loyalty_bonus_balance(x: &LoyaltyBonusBalance) {
    let active: &Option<Number> = &x.active;
    let pending: &Option<Number> = &x.pending;
    let expiring: &Option<Number> = &x.expiring;
    let expire_in: &Option<String> = &x.expire_in;
}

/// Every field of `LoyaltyBasicBalance`.
fn read_loyalty_basic_balance(x: &LoyaltyBasicBalance) {
    let confirmed: &Option<Number> = &x.confirmed;
    let pending: &Option<Number> = &x.pending;
    let expiring: &Option<Number> = &x.expiring;
    let expire_in: &Option<String> = &x.expire_in;
    let available_in_order: &Option<Number> = &x.available_in_order;
    let payable_amount: &Option<Number> = &x.payable_amount;
}

/// Every field of `LoyaltyEventBonus`.
fn read_loyalty_event_bonus(x: &LoyaltyEventBonus) {
    let id: &Option<Number> = &x.id;
    let status: &Option<LoyaltyBonusStatus> = &x.status;
    if let Some(value) = status {
        read_loyalty_bonus_status(value);
    }
    let event: &Option<String> = &x.event;
    let amount: &Option<Number> = &x.amount;
    let remaining_amount: &Option<Number> = &x.remaining_amount;
    let date: &Option<String> = &x.date;
    let activation_date: &Option<String> = &x.activation_date;
    let expiration_date: &Option<String> = &x.expiration_date;
    let cancellable: &Option<bool> = &x.cancellable;
}

/// Every field of `LoyaltyBonusTransaction`.
fn read_loyalty_bonus_transaction(x: &LoyaltyBonusTransaction) {
    let date: &Option<String> = &x.date;
    let status: &Option<LoyaltyBonusStatus> = &x.status;
    if let Some(value) = status {
        read_loyalty_bonus_status(value);
    }
    let event_source: &Option<String> = &x.event_source;
    let event: &Option<String> = &x.event;
    let order_id: &Option<String> = &x.order_id;
    let amount: &Option<Number> = &x.amount;
    let activation_date: &Option<String> = &x.activation_date;
    let expiration_date: &Option<String> = &x.expiration_date;
}

/// Every field of `LoyaltyCheckoutResult`.
fn read_loyalty_checkout_result(x: &LoyaltyCheckoutResult) {
    let success: &Option<bool> = &x.success;
    let payload: &Option<LoyaltyCheckoutSummary> = &x.payload;
    if let Some(value) = payload {
        read_loyalty_checkout_summary(value);
    }
}

/// Every field of `LoyaltyCheckoutOrderResponse`.
fn read_loyalty_checkout_order_response(x: &LoyaltyCheckoutOrderResponse) {
    let success: &Option<bool> = &x.success;
    let payload: &Option<LoyaltyCheckoutOrderRef> = &x.payload;
    if let Some(value) = payload {
        read_loyalty_checkout_order_ref(value);
    }
}

/// Every field of `LoyaltyCheckoutDetailsResponse`.
fn read_loyalty_checkout_details_response(x: &LoyaltyCheckoutDetailsResponse) {
    let success: &Option<bool> = &x.success;
    let payload: &Option<LoyaltyCheckoutDetails> = &x.payload;
    if let Some(value) = payload {
        read_loyalty_checkout_details(value);
    }
}

/// Every field of `LoyaltyCheckoutHistoryResponse`.
fn read_loyalty_checkout_history_response(x: &LoyaltyCheckoutHistoryResponse) {
    let success: &Option<bool> = &x.success;
    let payload: &Option<LoyaltyCheckoutHistory> = &x.payload;
    if let Some(value) = payload {
        read_loyalty_checkout_history(value);
    }
}

/// Every field of `LoyaltyPromosResponse`.
fn read_loyalty_promos_response(x: &LoyaltyPromosResponse) {
    let success: &Option<bool> = &x.success;
    let payload: &Option<Vec<LoyaltyPromo>> = &x.payload;
    for item in payload.iter().flatten() {
        read_loyalty_promo(item);
    }
}

/// Every field of `ReferralCodeResponse`.
fn read_referral_code_response(x: &ReferralCodeResponse) {
    let status: &Option<String> = &x.status;
    let payload: &Option<ReferralCodePayload> = &x.payload;
    if let Some(value) = payload {
        read_referral_code_payload(value);
    }
}

/// Every field of `ReferralJoinResponse`.
fn read_referral_join_response(x: &ReferralJoinResponse) {
    let status: &Option<String> = &x.status;
    let payload: &Option<ReferralJoinPayload> = &x.payload;
    if let Some(value) = payload {
        read_referral_join_payload(value);
    }
}

/// Every field of `StickerBalance`.
fn read_sticker_balance(x: &StickerBalance) {
    let campaign_id: &Option<Number> = &x.campaign_id;
    let campaign_code: &Option<String> = &x.campaign_code;
    let campaign_name: &Option<String> = &x.campaign_name;
    let campaign_status: &Option<String> = &x.campaign_status;
    let amount: &Option<Number> = &x.amount;
}

/// Every field of `StickerHistoryEntry`.
fn read_sticker_history_entry(x: &StickerHistoryEntry) {
    let campaign_id: &Option<Number> = &x.campaign_id;
    let campaign_code: &Option<String> = &x.campaign_code;
    let campaign_name: &Option<String> = &x.campaign_name;
    let campaign_status: &Option<String> = &x.campaign_status;
    let used_in_order: &Option<String> = &x.used_in_order;
    let issued_by_order: &Option<String> = &x.issued_by_order;
    let created_at: &Option<String> = &x.created_at;
}

/// Every field of `CertificateResponse`.
fn read_certificate_response(x: &CertificateResponse) {
    let status: &Option<String> = &x.status;
    let payload: &Option<CertificateDetails> = &x.payload;
    if let Some(value) = payload {
        read_certificate_details(value);
    }
}

/// Every field of `CertificateListResponse`.
fn read_certificate_list_response(x: &CertificateListResponse) {
    let status: &Option<String> = &x.status;
    let payload: &Option<Vec<Certificate>> = &x.payload;
    for item in payload.iter().flatten() {
        read_certificate(item);
    }
}

/// Every field of `CertificateTransactionsResponse`.
fn read_certificate_transactions_response(x: &CertificateTransactionsResponse) {
    let status: &Option<String> = &x.status;
    let payload: &Option<Vec<CertificateTransaction>> = &x.payload;
    for item in payload.iter().flatten() {
        read_certificate_transaction(item);
    }
}

/// Every field of `PromoCodesDeleteResponse`.
fn read_promo_codes_delete_response(x: &PromoCodesDeleteResponse) {
    let delete_count: &Option<Number> = &x.delete_count;
    let not_found_count: &Option<Number> = &x.not_found_count;
}

/// Every field of `PromoCodeFetchResponse`.
fn read_promo_code_fetch_response(x: &PromoCodeFetchResponse) {
    let code: &String = &x.code;
}

/// Every field of `PromoCodeList`.
fn read_promo_code_list(x: &PromoCodeList) {
    let id: &Option<Number> = &x.id;
    let name: &Option<String> = &x.name;
    let available: &Option<Number> = &x.available;
}

/// Every field of `OtpQrCheckResponse`.
fn read_otp_qr_check_response(x: &OtpQrCheckResponse) {
    let success: &Option<bool> = &x.success;
    let payload: &Option<Value> = &x.payload;
}

/// Every field of `OtpQrGetResponse`.
fn read_otp_qr_get_response(x: &OtpQrGetResponse) {
    let success: &Option<bool> = &x.success;
    let payload: &Option<OtpQrCode> = &x.payload;
    if let Some(value) = payload {
        read_otp_qr_code(value);
    }
}

/// Every field of `OtpSendResponse`.
fn read_otp_send_response(x: &OtpSendResponse) {
    let success: &Option<bool> = &x.success;
}

/// Every field of `LoyaltyJoinPayload`.
fn read_loyalty_join_payload(x: &LoyaltyJoinPayload) {
    let message: &Option<String> = &x.message;
    let identifier: &Option<Pii<String>> = &x.identifier;
}

/// Every field of `LoyaltyMemberStatus`.
fn read_loyalty_member_status(x: &LoyaltyMemberStatus) {
    let member: &Option<bool> = &x.member;
    let level: &Option<LoyaltyMemberLevel> = &x.level;
    if let Some(value) = level {
        read_loyalty_member_level(value);
    }
}

/// Every variant of `LoyaltyBonusStatus`.
fn read_loyalty_bonus_status(x: &LoyaltyBonusStatus) {
    match x {
        LoyaltyBonusStatus::Pending => {}
        LoyaltyBonusStatus::Confirmed => {}
        LoyaltyBonusStatus::Spent => {}
        LoyaltyBonusStatus::Cancelled => {}
        LoyaltyBonusStatus::Expired => {}
        LoyaltyBonusStatus::Other(text) => {
            let text: &String = text;
        }
        _ => {}
    }
    let wire: &str = x.as_str();
}

/// Every field of `LoyaltyCheckoutSummary`.
fn read_loyalty_checkout_summary(x: &LoyaltyCheckoutSummary) {
    let order_id: &Option<String> = &x.order_id;
    let identifier: &Option<Pii<String>> = &x.identifier;
    let payment_type: &Option<String> = &x.payment_type;
    let products_total: &Option<Number> = &x.products_total;
    let order_total: &Option<Number> = &x.order_total;
    let order_total_change: &Option<Number> = &x.order_total_change;
    let saved_total: &Option<Number> = &x.saved_total;
    let saved_by_discounts: &Option<Number> = &x.saved_by_discounts;
    let saved_by_bonuses: &Option<Number> = &x.saved_by_bonuses;
    let saved_by_offers: &Option<Number> = &x.saved_by_offers;
    let saved_by_certificates: &Option<Number> = &x.saved_by_certificates;
    let order_to_pay: &Option<Number> = &x.order_to_pay;
    let order_bonuses_to_charge: &Option<Number> = &x.order_bonuses_to_charge;
    let bonuses_balance: &Option<Number> = &x.bonuses_balance;
    let bonuses_reward: &Option<Number> = &x.bonuses_reward;
    let bonuses_referrer_reward: &Option<Number> = &x.bonuses_referrer_reward;
    let referrer_identifier: &Option<Pii<String>> = &x.referrer_identifier;
    let referral_program: &Option<Number> = &x.referral_program;
    let applied_promotions: &Option<Vec<Value>> = &x.applied_promotions;
    let rewarded_stickers: &Option<BTreeMap<String, Value>> = &x.rewarded_stickers;
    let used_stickers: &Option<BTreeMap<String, Value>> = &x.used_stickers;
    let stickers_balance: &Option<BTreeMap<String, Value>> = &x.stickers_balance;
    let promo_codes: &Option<Vec<Value>> = &x.promo_codes;
    let promo_codes_failed: &Option<Vec<Value>> = &x.promo_codes_failed;
    let certificates: &Option<Vec<Value>> = &x.certificates;
    let certificates_failed: &Option<Vec<Value>> = &x.certificates_failed;
    let items: &Option<Vec<LoyaltyCheckoutLine>> = &x.items;
    for item in items.iter().flatten() {
        read_loyalty_checkout_line(item);
    }
}

/// Every field of `LoyaltyCheckoutOrderRef`.
fn read_loyalty_checkout_order_ref(x: &LoyaltyCheckoutOrderRef) {
    let order_id: &Option<String> = &x.order_id;
    let identifier: &Option<Pii<String>> = &x.identifier;
}

/// Every field of `LoyaltyCheckoutDetails`.
fn read_loyalty_checkout_details(x: &LoyaltyCheckoutDetails) {
    let order_id: &Option<String> = &x.order_id;
    let identifier: &Option<Pii<String>> = &x.identifier;
    let payment_type: &Option<String> = &x.payment_type;
    let products_total: &Option<Number> = &x.products_total;
    let order_total: &Option<Number> = &x.order_total;
    let saved_total: &Option<Number> = &x.saved_total;
    let saved_by_discounts: &Option<Number> = &x.saved_by_discounts;
    let saved_by_bonuses: &Option<Number> = &x.saved_by_bonuses;
    let saved_by_certificates: &Option<Number> = &x.saved_by_certificates;
    let order_to_pay: &Option<Number> = &x.order_to_pay;
    let order_bonuses_to_charge: &Option<Number> = &x.order_bonuses_to_charge;
    let bonuses_reward: &Option<Number> = &x.bonuses_reward;
    let items: &Option<Vec<LoyaltyCheckoutLine>> = &x.items;
    for item in items.iter().flatten() {
        read_loyalty_checkout_line(item);
    }
}

/// Every field of `LoyaltyCheckoutHistory`.
fn read_loyalty_checkout_history(x: &LoyaltyCheckoutHistory) {
    let orders: &Option<Vec<LoyaltyCheckoutOrder>> = &x.orders;
    for item in orders.iter().flatten() {
        read_loyalty_checkout_order(item);
    }
}

/// Every field of `LoyaltyPromo`.
fn read_loyalty_promo(x: &LoyaltyPromo) {
    let id: &Option<Number> = &x.id;
    let name: &Option<String> = &x.name;
    let description: &Option<String> = &x.description;
    let start_date: &Option<String> = &x.start_date;
    let finish_date: &Option<String> = &x.finish_date;
    let stream: &Option<String> = &x.stream;
    let badge_label: &Option<String> = &x.badge_label;
    let badge_color: &Option<String> = &x.badge_color;
}

/// Every field of `ReferralCodePayload`.
fn read_referral_code_payload(x: &ReferralCodePayload) {
    let message: &Option<String> = &x.message;
    let codes: &Option<Vec<ReferralCode>> = &x.codes;
    for item in codes.iter().flatten() {
        read_referral_code(item);
    }
}

/// Every field of `ReferralJoinPayload`.
fn read_referral_join_payload(x: &ReferralJoinPayload) {
    let code: &Option<String> = &x.code;
}

/// Every field of `CertificateDetails`.
fn read_certificate_details(x: &CertificateDetails) {
    let status: &Option<CertificateDetailsStatus> = &x.status;
    if let Some(value) = status {
        read_certificate_details_status(value);
    }
    let code: &Option<String> = &x.code;
    let balance: &Option<Number> = &x.balance;
    let nominal: &Option<Number> = &x.nominal;
    let personal: &Option<bool> = &x.personal;
    let activated_date: &Option<String> = &x.activated_date;
    let planned_activation_date: &Option<String> = &x.planned_activation_date;
    let expiration_date: &Option<String> = &x.expiration_date;
    let deactivated_date: &Option<String> = &x.deactivated_date;
    let owner_identifier: &Option<Pii<String>> = &x.owner_identifier;
    let owner_name: &Option<String> = &x.owner_name;
    let expiration_days: &Option<Number> = &x.expiration_days;
    let certificate_pool_code: &Option<String> = &x.certificate_pool_code;
    let streams: &Option<Vec<String>> = &x.streams;
    let min_order_value: &Option<Number> = &x.min_order_value;
    let payable_order_share: &Option<Number> = &x.payable_order_share;
    let exclude_products: &Option<Vec<BTreeMap<String, Value>>> = &x.exclude_products;
}

/// Every field of `Certificate`.
fn read_certificate(x: &Certificate) {
    let id: &Option<Number> = &x.id;
    let status: &Option<String> = &x.status;
    let code: &Option<String> = &x.code;
    let nominal: &Option<Number> = &x.nominal;
    let balance: &Option<Number> = &x.balance;
    let owner_identifier: &Option<Pii<String>> = &x.owner_identifier;
    let owner_name: &Option<String> = &x.owner_name;
    let buyer_identifier: &Option<Pii<String>> = &x.buyer_identifier;
    let created_date: &Option<String> = &x.created_date;
    let activated_date: &Option<String> = &x.activated_date;
    let expiration_date: &Option<String> = &x.expiration_date;
    let batch: &Option<String> = &x.batch;
    let pool: &Option<CertificatePool> = &x.pool;
    if let Some(value) = pool {
        read_certificate_pool(value);
    }
}

/// Every field of `CertificateTransaction`.
fn read_certificate_transaction(x: &CertificateTransaction) {
    let id: &Option<Number> = &x.id;
    let amount: &Option<Number> = &x.amount;
    let event: &Option<String> = &x.event;
    let order_id: &Option<String> = &x.order_id;
    let identifier: &Option<Pii<String>> = &x.identifier;
    let product_id: &Option<String> = &x.product_id;
}

/// Every field of `OtpQrCode`.
fn read_otp_qr_code(x: &OtpQrCode) {
    let code: &Option<String> = &x.code;
}

/// Every field of `LoyaltyMemberLevel`.
fn read_loyalty_member_level(x: &LoyaltyMemberLevel) {
    let name: &Option<String> = &x.name;
    let code: &Option<String> = &x.code;
    let expiration_date: &Option<String> = &x.expiration_date;
}

/// Every field of `LoyaltyCheckoutLine`.
fn read_loyalty_checkout_line(x: &LoyaltyCheckoutLine) {
    let uniqid: &Option<String> = &x.uniqid;
    let quantity: &Option<Number> = &x.quantity;
    let price: &Option<Number> = &x.price;
    let total: &Option<Number> = &x.total;
    let discountable: &Option<bool> = &x.discountable;
    let bonusable: &Option<bool> = &x.bonusable;
    let rewardable: &Option<bool> = &x.rewardable;
    let paid_with_offers: &Option<Number> = &x.paid_with_offers;
    let paid_with_offers_per_product: &Option<Number> = &x.paid_with_offers_per_product;
    let paid_with_referral_discounts: &Option<Number> = &x.paid_with_referral_discounts;
    let paid_with_referral_discounts_per_product: &Option<Number> =
        &x.paid_with_referral_discounts_per_product;
    let paid_with_discounts: &Option<Number> = &x.paid_with_discounts;
    let paid_with_discounts_per_product: &Option<Number> = &x.paid_with_discounts_per_product;
    let paid_with_bonuses: &Option<Number> = &x.paid_with_bonuses;
    let paid_with_bonuses_per_product: &Option<Number> = &x.paid_with_bonuses_per_product;
    let paid_with_certificates: &Option<Number> = &x.paid_with_certificates;
    let paid_with_certificates_per_product: &Option<Number> = &x.paid_with_certificates_per_product;
    let bonuses_reward: &Option<Number> = &x.bonuses_reward;
    let bonuses_reward_per_product: &Option<Number> = &x.bonuses_reward_per_product;
    let bonuses_reward_loyalty_program: &Option<LoyaltyCheckoutRewardShare> =
        &x.bonuses_reward_loyalty_program;
    if let Some(value) = bonuses_reward_loyalty_program {
        read_loyalty_checkout_reward_share(value);
    }
    let bonuses_reward_referral_program: &Option<LoyaltyCheckoutRewardShare> =
        &x.bonuses_reward_referral_program;
    if let Some(value) = bonuses_reward_referral_program {
        read_loyalty_checkout_reward_share(value);
    }
    let bonuses_reward_promotions: &Option<BTreeMap<String, LoyaltyCheckoutRewardShare>> =
        &x.bonuses_reward_promotions;
    if let Some(value) = bonuses_reward_promotions {
        for (k2, e2) in value {
            let k2: &String = k2;
            read_loyalty_checkout_reward_share(e2);
        }
    }
    let certificates: &Option<BTreeMap<String, Value>> = &x.certificates;
    let bonuses_used: &Option<Number> = &x.bonuses_used;
    let bonuses_used_per_product: &Option<Number> = &x.bonuses_used_per_product;
    let total_after_discounts: &Option<Number> = &x.total_after_discounts;
    let total_after_discounts_per_product: &Option<Number> = &x.total_after_discounts_per_product;
}

/// Every field of `LoyaltyCheckoutOrder`.
fn read_loyalty_checkout_order(x: &LoyaltyCheckoutOrder) {
    let id: &Option<String> = &x.id;
    let date: &Option<String> = &x.date;
    let status: &Option<String> = &x.status;
    let total: &Option<Number> = &x.total;
    let items: &Option<Vec<LoyaltyCheckoutOrderItem>> = &x.items;
    for item in items.iter().flatten() {
        read_loyalty_checkout_order_item(item);
    }
}

/// Every field of `ReferralCode`.
fn read_referral_code(x: &ReferralCode) {
    let referral_program_id: &Option<Number> = &x.referral_program_id;
    let code: &Option<String> = &x.code;
    let description: &Option<String> = &x.description;
}

/// Every variant of `CertificateDetailsStatus`.
fn read_certificate_details_status(x: &CertificateDetailsStatus) {
    match x {
        CertificateDetailsStatus::Created => {}
        CertificateDetailsStatus::Active => {}
        CertificateDetailsStatus::Scheduled => {}
        CertificateDetailsStatus::Other(text) => {
            let text: &String = text;
        }
        _ => {}
    }
    let wire: &str = x.as_str();
}

/// Every field of `CertificatePool`.
fn read_certificate_pool(x: &CertificatePool) {
    let id: &Option<Number> = &x.id;
    let status: &Option<String> = &x.status;
    let flexible_nominal: &Option<personaclick::types::CertificatePoolFlexibleNominal> = &x.flexible_nominal;
    let personal: &Option<bool> = &x.personal;
    let expiration_days: &Option<Number> = &x.expiration_days;
    let min_order_value: &Option<Number> = &x.min_order_value;
    let payable_order_share: &Option<Number> = &x.payable_order_share;
    let exclude_products: &Option<Vec<BTreeMap<String, Value>>> = &x.exclude_products;
}

/// Every field of `LoyaltyCheckoutRewardShare`.
fn read_loyalty_checkout_reward_share(x: &LoyaltyCheckoutRewardShare) {
    let total: &Option<Number> = &x.total;
    let per_product: &Option<Number> = &x.per_product;
}

/// Every field of `LoyaltyCheckoutOrderItem`.
fn read_loyalty_checkout_order_item(x: &LoyaltyCheckoutOrderItem) {
    let id: &Option<String> = &x.id;
    let name: &Option<String> = &x.name;
    let quantity: &Option<Number> = &x.quantity;
    let price: &Option<Number> = &x.price;
}

fn main() {}
