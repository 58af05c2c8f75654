//! The audience, crm, segments, predict and feedback (nps, reputation, communications,
//! chats) groups, with the new profile and orders operations: every operation called with
//! its required arguments and documented setters, and every field of every answer read
//! with its type pinned. Type-checked only: nothing here runs.
#![allow(unused_variables, dead_code)]

use std::collections::BTreeMap;

use personaclick::types::{
    AudienceMember, AudienceMemberMobileTokenPlatform, ChatReportRequestData, ClientCallRecord,
    CrmBulkSearchRequestBy, CrmProfile, ErrorPayload, Gender, NpsCategory, NpsChannel,
    NpsCreateResponse, NpsCreateResponseStatus, NpsReview, Product, Profile,
    ProfileBoughtSomething, ProfileCosmeticHair, ProfileCosmeticPerfume, ProfileCosmeticSkin,
    ProfileFashionSizes, ProfileIncomeLevel, ProfileKid, ProfileOrder, ProfileOrderItem,
    ProfilePets, ProfileRealty, PurchaseProbability, SuppressedEmail, SyncOrder, SyncOrderItem,
    SyncOrderItemStatus, SyncOrderPaymentStructure, SyncOrderValue, UserOrder,
    UserOrderGiftPackage, UserOrderHistoryEntry, UserOrderItem, UserOrderOffline, UserOrderTaxFree,
    UserOrdersData, UserOrdersResponse, UserSegment, UserSegmentType,
};
use personaclick::operations::{CommunicationsCreateArgs, CommunicationsUpdateArgs};
use personaclick::{Client, Error, Extra, Id, Number, Pii, Response};
use serde_json::Value;

#[path = "../common/readers.rs"]
mod readers;

/// audience, crm, segments, predict, the new profile and orders operations, and the
/// feedback group (nps, reputation, communications, chats).
async fn calls(client: &personaclick::ServerClient) -> Result<(), Error> {
    let client: personaclick::ServerClient = Client::builder("SHOP_ID")
        .shop_secret("SHOP_SECRET")
        .build()?;

    // POST /import/audience: the members are required; a static segment is optional.
    let mut member: AudienceMember = AudienceMember::new();
    member.email = Some(Pii::new("john.doe@examplemail.com".to_string()));
    member.phone = Some(Pii::from("4400114527199".to_string()));
    member.loyalty_id = Some("000001234567".to_string());
    member.gender = Some(Gender::M);
    member.kids = Some(vec![ProfileKid::new()]);
    member.email_bulk = Some(true);
    member.mobile_token = Some("PUSH_TOKEN".to_string());
    member.mobile_token_platform = Some(AudienceMemberMobileTokenPlatform::Ios);
    let imported: () = client
        .audience()
        .import([member.clone()])
        .segment_id(17)
        .send()
        .await?;
    let imported: () = client
        .audience()
        .import(vec![member.clone()])
        .segment_id("17")
        .send()
        .await?;
    // Uploads: split into as many requests as the documented limits need.
    let answers: Vec<Response<()>> = client
        .audience()
        .import(vec![member; 3])
        .send_batched()
        .await?;
    // POST /import/suppressed
    let suppressed: () = client
        .audience()
        .import_suppressed([SuppressedEmail::new(Pii::new(
            "spam@example.com".to_string(),
        ))])
        .send()
        .await?;
    let answers: Vec<Response<()>> = client
        .audience()
        .import_suppressed(vec![SuppressedEmail::new(Pii::new(
            "a@example.com".to_string(),
        ))])
        .send_batched()
        .await?;

    // POST /crm/bulk_search: by and ids are required; a bare array of profiles.
    let profiles: Vec<CrmProfile> = client
        .crm()
        .bulk_search(
            CrmBulkSearchRequestBy::Email,
            ["john.doe@examplemail.com", "jane@example.com"],
        )
        .send()
        .await?;
    for profile in &profiles {
        read_crm_profile(profile);
    }
    let profiles: Vec<CrmProfile> = client
        .crm()
        .bulk_search("loyalty_id", vec!["000001234567".to_string()])
        .send()
        .await?;

    // Segments: the segment id is required to add, remove and check.
    let added: () = client
        .segments()
        .add(17)
        .did("d")
        .email("john.doe@examplemail.com")
        .phone("4400114527199")
        .send()
        .await?;
    let removed: () = client
        .segments()
        .remove("17")
        .did("d")
        .email("john.doe@examplemail.com")
        .send()
        .await?;
    // GET /segments/includes answers a bare boolean.
    let included: bool = client
        .segments()
        .includes(17)
        .email("john.doe@examplemail.com")
        .phone("4400114527199")
        .external_id("EXT_1")
        .loyalty_id("000001234567")
        .telegram_id("0125762968357835")
        .send()
        .await?;
    let segments: Vec<UserSegment> = client
        .segments()
        .list()
        .did("d")
        .email("john.doe@examplemail.com")
        .phone("4400114527199")
        .send()
        .await?;
    for segment in &segments {
        read_user_segment(segment);
    }

    // GET /orders/by_user
    let orders: UserOrdersResponse = client
        .orders()
        .by_user()
        .did("d")
        .email("john.doe@examplemail.com")
        .phone("4400114527199")
        .loyalty_id("000001234567")
        .external_id("EXT_1")
        .date_from("2024-01-01")
        .send()
        .await?;
    read_user_orders_response(&orders);
    let extra: &Extra = &orders.extra;
    // POST /sync/orders: the orders are required; send_batched for large uploads.
    let mut order: SyncOrder = SyncOrder::new("ORDER_1", "created");
    let mut line: SyncOrderItem = SyncOrderItem::new("100500", 1500, 2);
    line.status = Some(SyncOrderItemStatus::Delivered);
    order.items = Some(vec![line]);
    order.value = Some(SyncOrderValue::new(3000));
    order.email = Some(Pii::new("john.doe@examplemail.com".to_string()));
    order.location_id = Some(Id::from(3));
    let mut payment: SyncOrderPaymentStructure = SyncOrderPaymentStructure::new();
    payment.cash = Some(Number::from(2500));
    payment.bonuses = Some(Number::from(500));
    order.payment_structure = Some(payment);
    let synced: () = client.orders().sync([order.clone()]).send().await?;
    let answers: Vec<Response<()>> = client.orders().sync(vec![order; 2]).send_batched().await?;

    // GET /predict/probability_to_purchase
    let probability: PurchaseProbability = client
        .predict()
        .probability_to_purchase()
        .did("d")
        .email("john.doe@examplemail.com")
        .phone("4400114527199")
        .telegram_id("0125762968357835")
        .loyalty_id("000001234567")
        .send()
        .await?;
    read_purchase_probability(&probability);

    // Profile: force changes need the confirmation phrase; purge names the customer.
    let changed: () = client
        .profile()
        .force_change_email(
            "new@example.com",
            "old@example.com",
            "I understand what I am doing",
        )
        .send()
        .await?;
    let changed: () = client
        .profile()
        .force_change_phone("4400114527100", "4400114527199", "yes")
        .send()
        .await?;
    let purged: () = client
        .profile()
        .purge()
        .phone("4400114527199")
        .email("john.doe@examplemail.com")
        .loyalty_id("000001234567")
        .external_id("EXT_1")
        .send()
        .await?;
    // GET /profile: every field of the answer.
    let profile: Profile = client
        .visitor("d", "s")
        .profile()
        .get()
        .email("john.doe@examplemail.com")
        .send()
        .await?;
    read_profile(&profile);

    // NPS
    let categories: Vec<NpsCategory> = client.nps().categories().did("d").sid("s").send().await?;
    for category in &categories {
        read_nps_category(category);
    }
    let channels: Vec<NpsChannel> = client.nps().channels().send().await?;
    for channel in &channels {
        read_nps_channel(channel);
    }
    let created: NpsCreateResponse = client
        .nps()
        .create("web", "delivery", 9)
        .did("d")
        .sid("s")
        .email("john.doe@examplemail.com")
        .phone("4400114527199")
        .loyalty_id("000001234567")
        .order_id("ORDER_1")
        .comment("Fast delivery")
        .send()
        .await?;
    read_nps_create_response(&created);
    let reviews: Vec<NpsReview> = client
        .nps()
        .reviews()
        .date_from("2024-01-01")
        .date_to("2024-01-31")
        .channel("web")
        .category("delivery")
        .send()
        .await?;
    for review in &reviews {
        read_nps_review(review);
    }

    // POST /reputation/reviews: no body in the answer.
    let requested: () = client
        .reputation()
        .reviews()
        .count(20)
        .offset(0)
        .send()
        .await?;

    // Client communications (calls log): every field but the customer is required.
    let created: () = client
        .communications()
        // Eight required strings: a struct of named fields, so none can be swapped.
        .create(CommunicationsCreateArgs {
            channel: "phone".into(),
            event: "incoming_call".into(),
            location_id: "LOCATION_1".into(),
            call_type: "inbound".into(),
            call_theme: "delivery".into(),
            comment: "Asked about delivery".into(),
            author_type: "operator".into(),
            status: "closed".into(),
        })
        .phone("4400114527199")
        .email("john.doe@examplemail.com")
        .did("d")
        .subject_appeal("Order ORDER_1")
        .send()
        .await?;
    let updated: () = client
        .communications()
        .update(CommunicationsUpdateArgs {
            id: "CALL_1".into(),
            channel: "phone".into(),
            event: "incoming_call".into(),
            location_id: "LOCATION_1".into(),
            call_type: "inbound".into(),
            call_theme: "delivery".into(),
            comment: "Resolved".into(),
            author_type: "operator".into(),
            status: "closed".into(),
        })
        .phone("4400114527199")
        .subject_appeal("Order ORDER_1")
        .send()
        .await?;
    // A bare array of free-form records.
    let records: Vec<ClientCallRecord> = client
        .communications()
        .list()
        .phone("4400114527199")
        .email("a@example.com")
        .did("d")
        .send()
        .await?;
    for record in &records {
        let record: &BTreeMap<String, Value> = record;
    }

    // POST /chats/report: the chat code and data are required; data is an object or a string.
    let logged: () = client
        .chats()
        .save_log(
            "LIVETEX_CHAT",
            ChatReportRequestData::Map(BTreeMap::from([(
                "text".to_string(),
                serde_json::json!("hello"),
            )])),
        )
        .phone("4400114527199")
        .email("john.doe@examplemail.com")
        .did("d")
        .send()
        .await?;
    let logged: () = client
        .chats()
        .save_log(
            "LIVETEX_CHAT",
            ChatReportRequestData::String("{}".to_string()),
        )
        .send()
        .await?;
    Ok(())
}

// The answers, one reader per model: every field bound with its type, nested models and
// enums through their own readers.

/// Every field of `CrmProfile`.
fn read_crm_profile(x: &CrmProfile) {
    let email: &Option<Pii<String>> = &x.email;
    let external_id: &Option<String> = &x.external_id;
    let phone: &Option<Pii<String>> = &x.phone;
    let first_name: &Option<String> = &x.first_name;
    let last_name: &Option<String> = &x.last_name;
    let gender: &Option<String> = &x.gender;
    let age: &Option<Number> = &x.age;
    let birthday: &Option<String> = &x.birthday;
    let location: &Option<String> = &x.location;
    let email_bulk: &Option<bool> = &x.email_bulk;
    let email_chain: &Option<bool> = &x.email_chain;
    let email_transactional: &Option<bool> = &x.email_transactional;
    let web_push: &Option<bool> = &x.web_push;
    let mobile_push: &Option<bool> = &x.mobile_push;
    let sms_bulk: &Option<bool> = &x.sms_bulk;
    let sms_chain: &Option<bool> = &x.sms_chain;
    let sms_transactional: &Option<bool> = &x.sms_transactional;
    let loyalty_id: &Option<String> = &x.loyalty_id;
    let loyalty_location: &Option<String> = &x.loyalty_location;
    let loyalty_status: &Option<String> = &x.loyalty_status;
    let loyalty_bonuses: &Option<Number> = &x.loyalty_bonuses;
    let loyalty_bonuses_to_next_level: &Option<Number> = &x.loyalty_bonuses_to_next_level;
    let created_date: &Option<String> = &x.created_date;
    let device: &Option<Value> = &x.device;
}

/// Every field of `UserSegment`.
fn read_user_segment(x: &UserSegment) {
    let id: &Option<personaclick::Id> = &x.id;
    let type_: &Option<UserSegmentType> = &x.type_;
    if let Some(value) = type_ {
        read_user_segment_type(value);
    }
}

/// Every field of `UserOrdersResponse`.
fn read_user_orders_response(x: &UserOrdersResponse) {
    let status: &Option<String> = &x.status;
    let data: &Option<UserOrdersData> = &x.data;
    if let Some(value) = data {
        read_user_orders_data(value);
    }
}

/// Every field of `PurchaseProbability`.
fn read_purchase_probability(x: &PurchaseProbability) {
    let probability: &Option<Number> = &x.probability;
    let client_id: &Option<Id> = &x.client_id;
    let user_id: &Option<Id> = &x.user_id;
}

/// Every field of `Profile`.
fn read_profile(x: &Profile) {
    let id: &Option<Id> = &x.id;
    let first_name: &Option<String> = &x.first_name;
    let last_name: &Option<String> = &x.last_name;
    let email: &Option<Pii<String>> = &x.email;
    let phone: &Option<Pii<String>> = &x.phone;
    let fb_id: &Option<String> = &x.fb_id;
    let vk_id: &Option<String> = &x.vk_id;
    let telegram_id: &Option<String> = &x.telegram_id;
    let loyalty_id: &Option<String> = &x.loyalty_id;
    let loyalty_card_location: &Option<String> = &x.loyalty_card_location;
    let loyalty_status: &Option<String> = &x.loyalty_status;
    let loyalty_bonuses: &Option<Number> = &x.loyalty_bonuses;
    let loyalty_bonuses_to_next_level: &Option<Number> = &x.loyalty_bonuses_to_next_level;
    let gender: &Option<String> = &x.gender;
    let computed_gender: &Option<String> = &x.computed_gender;
    let location: &Option<String> = &x.location;
    let age: &Option<Number> = &x.age;
    let birthday: &Option<String> = &x.birthday;
    let bought_something: &Option<ProfileBoughtSomething> = &x.bought_something;
    if let Some(value) = bought_something {
        read_profile_bought_something(value);
    }
    let has_email: &Option<bool> = &x.has_email;
    let tags: &Option<Vec<String>> = &x.tags;
    let custom_properties: &Option<BTreeMap<String, Value>> = &x.custom_properties;
    let additional_phones: &Option<Vec<Pii<String>>> = &x.additional_phones;
    let additional_emails: &Option<Vec<Pii<String>>> = &x.additional_emails;
    let additional_loyalty_ids: &Option<Vec<String>> = &x.additional_loyalty_ids;
    let orders: &Option<Vec<ProfileOrder>> = &x.orders;
    for item in orders.iter().flatten() {
        read_profile_order(item);
    }
    let fashion_sizes: &Option<ProfileFashionSizes> = &x.fashion_sizes;
    if let Some(value) = fashion_sizes {
        read_profile_fashion_sizes(value);
    }
    let cosmetic_hair: &Option<ProfileCosmeticHair> = &x.cosmetic_hair;
    if let Some(value) = cosmetic_hair {
        read_profile_cosmetic_hair(value);
    }
    let cosmetic_skin: &Option<ProfileCosmeticSkin> = &x.cosmetic_skin;
    if let Some(value) = cosmetic_skin {
        read_profile_cosmetic_skin(value);
    }
    let cosmetic_perfume: &Option<ProfileCosmeticPerfume> = &x.cosmetic_perfume;
    if let Some(value) = cosmetic_perfume {
        read_profile_cosmetic_perfume(value);
    }
    let allergy: &Option<bool> = &x.allergy;
    let compatibility: &Option<BTreeMap<String, Value>> = &x.compatibility;
    let vds: &Option<String> = &x.vds;
    let jewelry: &Option<BTreeMap<String, Value>> = &x.jewelry;
    let realty: &Option<ProfileRealty> = &x.realty;
    if let Some(value) = realty {
        read_profile_realty(value);
    }
    let children: &Option<Vec<Value>> = &x.children;
    let child_gender: &Option<String> = &x.child_gender;
    let pets: &Option<ProfilePets> = &x.pets;
    if let Some(value) = pets {
        read_profile_pets(value);
    }
    let income_level: &Option<ProfileIncomeLevel> = &x.income_level;
    if let Some(value) = income_level {
        read_profile_income_level(value);
    }
}

/// Every field of `NpsCategory`.
fn read_nps_category(x: &NpsCategory) {
    let id: &Option<Number> = &x.id;
    let code: &Option<String> = &x.code;
    let name: &Option<String> = &x.name;
    let promoter_question: &Option<String> = &x.promoter_question;
    let passive_question: &Option<String> = &x.passive_question;
    let detractor_question: &Option<String> = &x.detractor_question;
    let promoter_success: &Option<String> = &x.promoter_success;
    let passive_success: &Option<String> = &x.passive_success;
    let detractor_success: &Option<String> = &x.detractor_success;
}

/// Every field of `NpsChannel`.
fn read_nps_channel(x: &NpsChannel) {
    let id: &Option<Number> = &x.id;
    let code: &Option<String> = &x.code;
    let name: &Option<String> = &x.name;
}

/// Every field of `NpsCreateResponse`.
fn read_nps_create_response(x: &NpsCreateResponse) {
    let status: &Option<NpsCreateResponseStatus> = &x.status;
    if let Some(value) = status {
        read_nps_create_response_status(value);
    }
    let payload: &Option<ErrorPayload> = &x.payload;
    if let Some(value) = payload {
        read_error_payload(value);
    }
}

/// Every field of `NpsReview`.
fn read_nps_review(x: &NpsReview) {
    let id: &Option<Number> = &x.id;
    let channel: &Option<String> = &x.channel;
    let category: &Option<String> = &x.category;
    let rate: &Option<Number> = &x.rate;
    let comment: &Option<String> = &x.comment;
    let client_id: &Option<Number> = &x.client_id;
    let email: &Option<Pii<String>> = &x.email;
    let phone: &Option<Pii<String>> = &x.phone;
    let created_at: &Option<String> = &x.created_at;
}

/// Every variant of `UserSegmentType`.
fn read_user_segment_type(x: &UserSegmentType) {
    match x {
        UserSegmentType::Static => {}
        UserSegmentType::Dynamic => {}
        UserSegmentType::Other(text) => {
            let text: &String = text;
        }
        _ => {}
    }
    let wire: &str = x.as_str();
}

/// Every field of `UserOrdersData`.
fn read_user_orders_data(x: &UserOrdersData) {
    let orders: &Option<Vec<UserOrder>> = &x.orders;
    for item in orders.iter().flatten() {
        read_user_order(item);
    }
}

/// Every variant of `ProfileBoughtSomething`.
fn read_profile_bought_something(x: &ProfileBoughtSomething) {
    match x {
        ProfileBoughtSomething::Bool(payload) => {
            let payload: &bool = payload;
        }
        ProfileBoughtSomething::String(text) => {
            let text: &String = text;
        }
        _ => {}
    }
}

/// Every field of `ProfileOrder`.
fn read_profile_order(x: &ProfileOrder) {
    let id: &Option<String> = &x.id;
    let value: &Option<Number> = &x.value;
    let status: &Option<String> = &x.status;
    let items: &Option<Vec<ProfileOrderItem>> = &x.items;
    for item in items.iter().flatten() {
        read_profile_order_item(item);
    }
}

/// Every variant of `ProfileFashionSizes`.
fn read_profile_fashion_sizes(x: &ProfileFashionSizes) {
    match x {
        ProfileFashionSizes::Map(payload) => {
            let payload: &BTreeMap<String, Vec<String>> = payload;
        }
        ProfileFashionSizes::List(payload) => {
            let payload: &Vec<String> = payload;
        }
        _ => {}
    }
}

/// Every variant of `ProfileCosmeticHair`.
fn read_profile_cosmetic_hair(x: &ProfileCosmeticHair) {
    match x {
        ProfileCosmeticHair::Map(payload) => {
            let payload: &BTreeMap<String, Value> = payload;
        }
        ProfileCosmeticHair::List(payload) => {
            let payload: &Vec<Value> = payload;
        }
        _ => {}
    }
}

/// Every variant of `ProfileCosmeticSkin`.
fn read_profile_cosmetic_skin(x: &ProfileCosmeticSkin) {
    match x {
        ProfileCosmeticSkin::Map(payload) => {
            let payload: &BTreeMap<String, Value> = payload;
        }
        ProfileCosmeticSkin::List(payload) => {
            let payload: &Vec<Value> = payload;
        }
        _ => {}
    }
}

/// Every variant of `ProfileCosmeticPerfume`.
fn read_profile_cosmetic_perfume(x: &ProfileCosmeticPerfume) {
    match x {
        ProfileCosmeticPerfume::Map(payload) => {
            let payload: &BTreeMap<String, Value> = payload;
        }
        ProfileCosmeticPerfume::List(payload) => {
            let payload: &Vec<Value> = payload;
        }
        _ => {}
    }
}

/// Every variant of `ProfileRealty`.
fn read_profile_realty(x: &ProfileRealty) {
    match x {
        ProfileRealty::Map(payload) => {
            let payload: &BTreeMap<String, Value> = payload;
        }
        ProfileRealty::List(payload) => {
            let payload: &Vec<Value> = payload;
        }
        _ => {}
    }
}

/// Every variant of `ProfilePets`.
fn read_profile_pets(x: &ProfilePets) {
    match x {
        ProfilePets::Map(payload) => {
            let payload: &BTreeMap<String, Value> = payload;
        }
        ProfilePets::List(payload) => {
            let payload: &Vec<Value> = payload;
        }
        _ => {}
    }
}

/// Every variant of `ProfileIncomeLevel`.
fn read_profile_income_level(x: &ProfileIncomeLevel) {
    match x {
        ProfileIncomeLevel::Cheap => {}
        ProfileIncomeLevel::Medium => {}
        ProfileIncomeLevel::Premium => {}
        ProfileIncomeLevel::Other(text) => {
            let text: &String = text;
        }
        _ => {}
    }
    let wire: &str = x.as_str();
}

/// Every variant of `NpsCreateResponseStatus`.
fn read_nps_create_response_status(x: &NpsCreateResponseStatus) {
    match x {
        NpsCreateResponseStatus::Success => {}
        NpsCreateResponseStatus::Error => {}
        NpsCreateResponseStatus::Other(text) => {
            let text: &String = text;
        }
        _ => {}
    }
    let wire: &str = x.as_str();
}

/// Every field of `ErrorPayload`.
fn read_error_payload(x: &ErrorPayload) {
    let message: &Option<String> = &x.message;
}

/// Every field of `UserOrder`.
fn read_user_order(x: &UserOrder) {
    let underscore_id: &Option<personaclick::Id> = &x.underscore_id;
    let id: &Option<personaclick::Id> = &x.id;
    let date: &Option<String> = &x.date;
    let value: &Option<Number> = &x.value;
    let cash_value: &Option<Number> = &x.cash_value;
    let bonuses_value: &Option<Number> = &x.bonuses_value;
    let delivery_value: &Option<Number> = &x.delivery_value;
    let location_id: &Option<Id> = &x.location_id;
    let promocode: &Option<String> = &x.promocode;
    let offline: &Option<UserOrderOffline> = &x.offline;
    if let Some(value) = offline {
        read_user_order_offline(value);
    }
    let delivery_date: &Option<String> = &x.delivery_date;
    let internal_status: &Option<String> = &x.internal_status;
    let stream: &Option<String> = &x.stream;
    let channel: &Option<String> = &x.channel;
    let tax_free: &Option<UserOrderTaxFree> = &x.tax_free;
    if let Some(value) = tax_free {
        read_user_order_tax_free(value);
    }
    let delivery_type: &Option<String> = &x.delivery_type;
    let delivery_address: &Option<String> = &x.delivery_address;
    let order_status: &Option<String> = &x.order_status;
    let payment_type: &Option<String> = &x.payment_type;
    let bank_issuer: &Option<String> = &x.bank_issuer;
    let bank_pos_processor: &Option<String> = &x.bank_pos_processor;
    let bank_loyalty_program: &Option<String> = &x.bank_loyalty_program;
    let bank_total_installment: &Option<Number> = &x.bank_total_installment;
    let payment_card_provider: &Option<String> = &x.payment_card_provider;
    let gift_package: &Option<UserOrderGiftPackage> = &x.gift_package;
    if let Some(value) = gift_package {
        read_user_order_gift_package(value);
    }
    let payment_structure: &Option<Value> = &x.payment_structure;
    let value_raw: &Option<Value> = &x.value_raw;
    let custom_properties: &Option<BTreeMap<String, Value>> = &x.custom_properties;
    let items: &Option<Vec<UserOrderItem>> = &x.items;
    for item in items.iter().flatten() {
        read_user_order_item(item);
    }
    let history: &Option<Vec<UserOrderHistoryEntry>> = &x.history;
    for item in history.iter().flatten() {
        read_user_order_history_entry(item);
    }
}

/// Every field of `ProfileOrderItem`.
fn read_profile_order_item(x: &ProfileOrderItem) {
    let id: &Option<personaclick::Id> = &x.id;
    let price: &Option<Number> = &x.price;
    let name: &Option<String> = &x.name;
    let quantity: &Option<Number> = &x.quantity;
}

/// Every variant of `UserOrderOffline`.
fn read_user_order_offline(x: &UserOrderOffline) {
    match x {
        UserOrderOffline::Bool(payload) => {
            let payload: &bool = payload;
        }
        UserOrderOffline::String(text) => {
            let text: &String = text;
        }
        _ => {}
    }
}

/// Every variant of `UserOrderTaxFree`.
fn read_user_order_tax_free(x: &UserOrderTaxFree) {
    match x {
        UserOrderTaxFree::Bool(payload) => {
            let payload: &bool = payload;
        }
        UserOrderTaxFree::String(text) => {
            let text: &String = text;
        }
        _ => {}
    }
}

/// Every variant of `UserOrderGiftPackage`.
fn read_user_order_gift_package(x: &UserOrderGiftPackage) {
    match x {
        UserOrderGiftPackage::Bool(payload) => {
            let payload: &bool = payload;
        }
        UserOrderGiftPackage::String(text) => {
            let text: &String = text;
        }
        _ => {}
    }
}

/// Every field of `UserOrderItem`.
fn read_user_order_item(x: &UserOrderItem) {
    let amount: &Option<Number> = &x.amount;
    let price: &Option<Number> = &x.price;
    let status: &Option<String> = &x.status;
    let original_price: &Option<Number> = &x.original_price;
    let discount_product: &Option<Number> = &x.discount_product;
    let discount_coupon: &Option<Number> = &x.discount_coupon;
    let discount_bonuses: &Option<Number> = &x.discount_bonuses;
    let delivery_company: &Option<String> = &x.delivery_company;
    let barcode: &Option<String> = &x.barcode;
    let line_id: &Option<String> = &x.line_id;
    let cancel_reason: &Option<String> = &x.cancel_reason;
    let item: &Option<Product> = &x.item;
    if let Some(value) = item {
        readers::read_product(value);
    }
}

/// Every field of `UserOrderHistoryEntry`.
fn read_user_order_history_entry(x: &UserOrderHistoryEntry) {
    let status: &Option<String> = &x.status;
    let common_value: &Option<Number> = &x.common_value;
    let cash_value: &Option<Number> = &x.cash_value;
    let bonuses_value: &Option<Number> = &x.bonuses_value;
    let delivery_value: &Option<Number> = &x.delivery_value;
    let discount_value: &Option<Number> = &x.discount_value;
    let date: &Option<String> = &x.date;
}

fn main() {}
